# ParamSpec.args / .kwargs: typing.ParamSpecArgs and ParamSpecKwargs, as annotations of a wrapper.
import typing
from typing import ParamSpec, Callable, TypeVar
import functools
P = ParamSpec('P')
R = TypeVar('R')
print(P.args, P.kwargs, type(P.args), P.args.__origin__, P.args == P.args, P.args == ParamSpec('P').args, P.kwargs.__origin__ is P)
print(repr(P.args), type(P.kwargs).__module__, typing.ParamSpecArgs, isinstance(P.args, typing.ParamSpecArgs), P.args != P.kwargs)
def logged(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("call", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return inner
@logged
def add(a: int, b: int = 2) -> int:
    return a + b
print(add(1, b=5), add.__annotations__)
