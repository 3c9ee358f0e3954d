# What every object inherits from object (__eq__, __ne__, __repr__, __str__, __hash__, __format__,
# __init__, __setattr__, __lt__...) is visible on instances and classes; callables have __call__.
class A:
    pass
a = A()
for n in ("__eq__", "__ne__", "__repr__", "__str__", "__hash__", "__init__", "__setattr__", "__format__", "__lt__", "__class__", "__doc__", "__module__", "__dict__"):
    print(n, hasattr(a, n), hasattr(A, n))
print(hasattr(len, "__call__"), hasattr(print, "__call__"), hasattr(A, "__call__"), hasattr(lambda: 1, "__call__"))
print(object.__eq__(a, a), object.__ne__(a, 1), super(A, a).__eq__(a))
class E:
    def __eq__(self, other):
        return isinstance(other, E)
e = E()
print(e.__ne__(E()), e.__ne__(1), e.__eq__(e), object.__ne__(e, E()), a.__ne__(a), a.__ne__(1))
print(a.__repr__() == repr(a), a.__str__() == str(a), a.__hash__() == hash(a), a.__format__("") == str(a))
print(A.__class__, type(len.__call__).__name__ in ("builtin_function_or_method", "method-wrapper"), A.__call__() .__class__ is A)
class B(A):
    def __repr__(self):
        return "B()"
print(B().__repr__(), B().__str__(), super(B, B()).__repr__()[:10])
