# Private names (__x) in a class body, its methods, lambdas and comprehensions are the
# class's own _Class__x, as CPython mangles them; keyword arguments and dunders are not.
class A:
    __slots_like = 1
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
        __local = 3
        self.loc = __local
    def __m(self):
        return "m"
    def call(self, __p=5):
        def inner():
            return self.__x
        return self.__m(), inner(), __p
    def kw(self, **k):
        return k
    def usekw(self):
        return self.kw(__z=1)
    class __Inner:
        pass
print(sorted(k for k in vars(A) if "slots" in k or "__m" in k or "Inner" in k))
a = A()
print(vars(a), a.call(), a._A__m(), a.usekw())
class _B:
    def f(self):
        self.__q = 1
        return vars(self)
print(_B().f())
class __C:
    def f(self):
        self.__q = 1
        return vars(self)
print(__C().f())
class D(A):
    def get(self):
        try:
            return self.__x
        except AttributeError as e:
            return str(e)
print(D().get())
print(getattr(a, "__x", "none"), hasattr(a, "_A__x"))
import functools
def top():
    return __name__
print(top())
