# typing.no_type_check marks functions and a class's own methods and classes; no_type_check_decorator wraps a decorator.
import typing
import functools
from typing import no_type_check, no_type_check_decorator


@no_type_check
def f(x: "not a type") -> 1:
    return x


@no_type_check
class C:
    def m(self, a: "???"):
        return a

    @classmethod
    def cm(cls):
        return cls

    @staticmethod
    def sm():
        return 1

    class Inner:
        def g(self):
            pass

    def helper(self):
        pass

    alias = f


def tagger(tag):
    def deco(fn):
        fn.tag = tag
        return fn
    return deco


@no_type_check_decorator
def mydeco(fn):
    """Adds one."""
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a) + 1
    return inner


@mydeco
def add(a: "x", b: "y"):
    return a + b


print(f.__no_type_check__, C.__no_type_check__, C.m.__no_type_check__, C.cm.__func__.__no_type_check__)
print(C.sm.__no_type_check__, C.Inner.__no_type_check__, C.Inner.g.__no_type_check__, C.helper.__no_type_check__)
print(getattr(tagger, "__no_type_check__", "unset"), add(1, 2), add.__no_type_check__, add.__name__)
print(mydeco.__name__, mydeco.__doc__, mydeco.__wrapped__ is not None, callable(mydeco))
print(no_type_check(5), no_type_check("s"))
