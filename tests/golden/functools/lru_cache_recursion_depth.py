# A call through an lru_cache wrapper counts one level of recursion besides the Python frame it
# runs (CPython's tp_call check, "while calling a Python object"), so cached recursion hits
# the limit at half the depth, with the message of whichever check fails first.
import sys
from functools import lru_cache

sys.setrecursionlimit(120)


@lru_cache(maxsize=None)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)


@lru_cache(maxsize=0)
def uncached(n):
    return 0 if n == 0 else 1 + uncached(n - 1)


def plain(n):
    return 0 if n == 0 else 1 + plain(n - 1)


def wrapped(n):
    return down(n)


for fn in (down, uncached, plain, wrapped):
    for n in range(40, 130):
        down.cache_clear()
        try:
            fn(n)
        except RecursionError as e:
            print(fn.__name__, n, e)
            break
