# Tests isinstance/issubclass/type() with user classes, tuples of types and builtins.
class A:
    pass


class B(A):
    pass


class C(B):
    pass


class D:
    pass


a, b, c = A(), B(), C()
print(isinstance(c, A), isinstance(c, B), isinstance(a, B), isinstance(c, D))
print(isinstance(b, (D, A)), isinstance(b, (D, int)), isinstance(b, ()))
print(issubclass(C, A), issubclass(A, C), issubclass(C, C), issubclass(B, (D, A)))
print(issubclass(C, object), isinstance(c, object), isinstance(A, type), isinstance(A, object))
print(type(c) is C, type(c) is B, type(c) == C, type(c).__name__, type(C).__name__)
print(type(b) in (A, B), C.__bases__ == (B,), A.__bases__ == (object,), C.__base__ is B)
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance([], list), isinstance({}, dict), isinstance("", (int, str)), type(None).__name__)
print(type(1) is int, type(True) is int, type(type) is type, issubclass(type, object))
print(C.__name__, C.__qualname__, C.__module__, A.__name__ + B.__name__)
print(isinstance(NotImplemented, object), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), isinstance(ValueError(), Exception))
try:
    isinstance(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(c, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(C, "A")
except TypeError as e:
    print(type(e).__name__, e)
t = type(c)
print(t().__class__ is C, c.__class__.__name__, c.__class__.__bases__[0].__name__)
