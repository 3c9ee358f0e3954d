# Library Reference: functools -- documented examples
from functools import (cache, cached_property, lru_cache, partial, reduce,
                       total_ordering, wraps, update_wrapper, cmp_to_key, partialmethod)


# @cache
@cache
def factorial(n):
    return n * factorial(n-1) if n else 1


print(factorial(10))      # no previously cached result, makes 11 recursive calls
print(factorial(5))       # just looks up cached value result
print(factorial(12))      # makes two new recursive calls, the other 10 are cached
print(factorial.cache_info())


# @cached_property
class DataSet:
    def __init__(self, sequence_of_numbers):
        self._data = tuple(sequence_of_numbers)
        self.computations = 0

    @cached_property
    def stdev(self):
        self.computations += 1
        n = len(self._data)
        mean = sum(self._data) / n
        return (sum((x - mean) ** 2 for x in self._data) / (n - 1)) ** 0.5


ds = DataSet([2, 4, 4, 4, 5, 5, 7, 9])
print(ds.stdev, ds.stdev, ds.computations, 'stdev' in vars(ds))
del ds.stdev
print(ds.stdev, ds.computations, type(DataSet.stdev).__name__)


# cmp_to_key
def reverse_numeric(x, y):
    return y - x


print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(reverse_numeric)))


# @lru_cache
@lru_cache(maxsize=32)
def get_pep(num):
    'Retrieve text of a Python Enhancement Proposal'
    return f'PEP {num:04d} text'


for n in 8, 290, 308, 320, 8, 218, 320, 279, 289, 320, 9991:
    pep = get_pep(n)
    print(n, len(pep))
print(get_pep.cache_info())


@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n-1) + fib(n-2)


print([fib(n) for n in range(16)])
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__wrapped__(1), get_pep.__doc__, get_pep.__name__)


@lru_cache
def typed_default(x):
    return type(x).__name__


print(typed_default(1), typed_default(1.0), typed_default.cache_info())


@lru_cache(typed=True)
def typed_true(x):
    return type(x).__name__


print(typed_true(1), typed_true(1.0), typed_true.cache_info())


# @total_ordering
@total_ordering
class Student:
    def __init__(self, lastname, firstname):
        self.lastname, self.firstname = lastname, firstname

    def _is_valid_operand(self, other):
        return (hasattr(other, "lastname") and
                hasattr(other, "firstname"))

    def __eq__(self, other):
        if not self._is_valid_operand(other):
            return NotImplemented
        return ((self.lastname.lower(), self.firstname.lower()) ==
                (other.lastname.lower(), other.firstname.lower()))

    def __lt__(self, other):
        if not self._is_valid_operand(other):
            return NotImplemented
        return ((self.lastname.lower(), self.firstname.lower()) <
                (other.lastname.lower(), other.firstname.lower()))


a, b = Student('Smith', 'Ann'), Student('jones', 'Bob')
print(a > b, a >= b, a <= b, a < b, a == Student('SMITH', 'ann'), a != b)
try:
    a > 3
except TypeError as e:
    print('TypeError:', e)


# partial
def myint(x, base=10):
    return int(x, base)


basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.func is int, basetwo.args, basetwo.keywords, basetwo.__doc__)
p = partial(myint, '777', 8)
print(p(), p.args, repr(partial(myint, base=16)).startswith('functools.partial(<function myint'))
p2 = partial(partial(max, 5), 9)
print(p2(1), p2.args)


# partialmethod: the doc's Cell example
class Cell:
    def __init__(self):
        self._alive = False

    @property
    def alive(self):
        return self._alive

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
print(c.alive)
c.set_alive()
print(c.alive)


# reduce
print(reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]))
print(reduce(lambda x, y: x*y, [], 1), reduce(max, [3, 9, 2]))
try:
    reduce(lambda x, y: x, [])
except TypeError as e:
    print('TypeError:', e)


def reduce_(function, iterable, initializer=None):
    it = iter(iterable)
    if initializer is None:
        value = next(it)
    else:
        value = initializer
    for element in it:
        value = function(value, element)
    return value


print(reduce_(lambda x, y: x * 10 + y, [1, 2, 3]))


# update_wrapper and @wraps
def my_decorator(f):
    @wraps(f)
    def wrapper(*args, **kwds):
        print('Calling decorated function')
        return f(*args, **kwds)
    return wrapper


@my_decorator
def example():
    """Docstring"""
    print('Called example function')


example()
print(example.__name__)
print(example.__doc__)
print(example.__wrapped__.__name__, example.__qualname__)


def plain_wrapper(*a):
    return 'wrapped'


def original(x: int) -> int:
    'original doc'
    return x


w = update_wrapper(plain_wrapper, original)
print(w is plain_wrapper, w.__name__, w.__doc__, w.__annotations__, w.__wrapped__ is original, w(1))
