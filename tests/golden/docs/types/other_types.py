# Library Reference, Built-in Types: truth testing, boolean ops, comparisons, iterator/generator types,
# context managers, GenericAlias, Union, methods, Ellipsis/NotImplemented, special attributes,
# integer string conversion length limitation
import sys

# Truth Value Testing / Boolean Operations
for v in (None, False, 0, 0.0, 0j, '', (), [], {}, set(), range(0), 'a', [0], 1e-300):
    print(repr(v), bool(v), end='; ')
print()
print(0 or 'x', 'a' or 'b', 0 and 'x', 'a' and 'b', not 0, not 'a', [] or {} or None)

# Comparisons
x = 5
print(1 < x < 10, 1 < x > 10, x == 5.0, x is not None, [1, 2] == [1, 2], [1, 2] is [1, 2])


class NoEq:
    pass


a, b = NoEq(), NoEq()
print(a == a, a == b, a != b)
try:
    a < b
except TypeError as e:
    print('TypeError:', e)

# Iterator Types
it = iter([1, 2])
print(iter(it) is it, next(it), list(it), list(it))


class CountDown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(CountDown(3)), sum(CountDown(4)), max(CountDown(2)), 2 in CountDown(5))


# Generator Types
def gen():
    received = yield 1
    print('received', received)
    try:
        yield 2
    except ValueError as e:
        print('gen caught', repr(e))
        yield 3
    return 'gen result'


g = gen()
print(next(g), g.send('hello'), g.throw(ValueError('oops')))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value)
g2 = gen()
next(g2)
g2.close()
print('closed', list(g2))


# Context Manager Types
class Ctx:
    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        print('enter')
        return 'as-value'

    def __exit__(self, exc_type, exc_value, traceback):
        print('exit', exc_type.__name__ if exc_type else None, exc_value)
        return self.swallow


with Ctx(False) as v:
    print('body', v)
with Ctx(True):
    raise KeyError('swallowed')
try:
    with Ctx(False):
        raise KeyError('propagated')
except KeyError as e:
    print('outer got', repr(e))
with Ctx(False) as c1, Ctx(True) as c2:
    print('two managers', c1, c2)

# Generic Alias Type
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int], list[int].__origin__, list[int].__args__, dict[str, int].__parameters__)
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError:', e)

# Union Type
print(int | str, int | None, type(int | str).__name__, (int | str) == (str | int), isinstance(1, int | str))
print(issubclass(bool, int | str), (int | str).__args__, int | int)
try:
    isinstance(1, list[int] | None)
except TypeError as e:
    print('TypeError:', e)


# Methods
class M:
    def meth(self, arg):
        return ('meth', arg)


m = M()
bm = m.meth
print(bm.__self__ is m, bm.__func__ is M.meth, bm(1), M.meth(m, 2), bm.__name__, M.meth.__qualname__)
try:
    bm.whoami = 'me'
except AttributeError as e:
    print('AttributeError:', e)
M.meth.whoami = 'my name is method'
print(m.meth.whoami)

# The Null Object, Ellipsis, NotImplemented
print(None, type(None)(), Ellipsis, ..., type(...).__name__, NotImplemented, bool(...))

# Special Attributes
class Outer:
    class Inner:
        def method(self):
            pass


print(Outer.__name__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.__module__)
print(int.__mro__, bool.__mro__, bool.mro(), Outer().__class__, int.__bases__, object.__bases__, Outer.__base__)

# Integer string conversion length limitation (sys.get_int_max_str_digits/set_int_max_str_digits
# are refused by aiocc; the default limit part of the doc example is kept)
try:
    int('2' * 5432)
except ValueError as e:
    print('ValueError:', e)
i = int('2' * 4300)
print(len(str(i)))
i_squared = i * i
try:
    print(len(str(i_squared)))
except ValueError as e:
    print('ValueError:', e)
print(len(hex(i_squared)))
