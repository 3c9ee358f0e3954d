# Library Reference: functools.singledispatch -- documented examples
from functools import singledispatch
from typing import Union


@singledispatch
def fun(arg, verbose=False):
    if verbose:
        print("Let me just say,", end=" ")
    print(arg)


@fun.register
def _(arg: int, verbose=False):
    if verbose:
        print("Strength in numbers, eh?", end=" ")
    print(arg)


@fun.register
def _(arg: list, verbose=False):
    if verbose:
        print("Enumerate this:")
    for i, elem in enumerate(arg):
        print(i, elem)


@fun.register
def _(arg: int | float, verbose=False):
    if verbose:
        print("Strength in numbers, eh?", end=" ")
    print(arg)


@fun.register
def _(arg: Union[list, set], verbose=False):
    if verbose:
        print("Enumerate this:")
    for i, elem in enumerate(arg):
        print(i, elem)


@fun.register(complex)
def _(arg, verbose=False):
    if verbose:
        print("Better than complicated.", end=" ")
    print(arg.real, arg.imag)


def nothing(arg, verbose=False):
    print("Nothing.")


fun.register(type(None), nothing)


@fun.register(float)
def fun_num(arg, verbose=False):
    if verbose:
        print("Half of your number:", end=" ")
    print(arg / 2)


print(fun_num is fun)
print(fun_num is not None and fun_num.__name__)
fun("Hello, world.")
fun("test.", verbose=True)
fun(42, verbose=True)
fun(['spam', 'spam', 'eggs', 'spam'], verbose=True)
fun(None)
fun(1.23)
fun(2+3j, verbose=True)
fun({7}, verbose=False)
fun(True)


class Base:
    pass


class Derived(Base):
    pass


@fun.register
def _(arg: Base, verbose=False):
    print("a Base-family object:", type(arg).__name__)


fun(Derived())
print(fun.dispatch(float) is fun_num)
print(fun.dispatch(dict) is fun.registry[object])
print(fun.dispatch(bool).__name__, fun.dispatch(Derived) is fun.dispatch(Base))
print(sorted(k.__name__ for k in fun.registry.keys()))
print(fun.registry[float] is fun_num, fun.registry[object].__name__)


# A generic function used to build a small pretty-printer
@singledispatch
def pretty(obj) -> str:
    return repr(obj)


@pretty.register
def _(obj: dict) -> str:
    return '{' + ', '.join(f'{pretty(k)}: {pretty(v)}' for k, v in obj.items()) + '}'


@pretty.register
def _(obj: list) -> str:
    return '[' + ', '.join(pretty(x) for x in obj) + ']'


@pretty.register
def _(obj: float) -> str:
    return f'{obj:.2f}'


print(pretty({'a': [1.0, 2.5, 'x'], 'b': {'c': 3.14159}}))
try:
    pretty()
except TypeError as e:
    print('TypeError:', e)
try:
    @pretty.register
    def _(obj):
        return 'no annotation'
except TypeError as e:
    print('TypeError:', str(e).split(':')[0])
