# Binding errors name the function by its current __qualname__ (assigned, or copied by
# functools.wraps).
import functools


def f(x):
    return x


f.__qualname__ = "renamed"
try:
    f()
except TypeError as e:
    print(e)
g = f
try:
    g(1, 2)
except TypeError as e:
    print(e)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(a, b):
        return fn(a) + b
    return wrapper


@deco
def inc(v):
    return v + 1


print(inc(1, 2), inc.__qualname__, inc.__name__)
try:
    inc(1)
except TypeError as e:
    print(e)
