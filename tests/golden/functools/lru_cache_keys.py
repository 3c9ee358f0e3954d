# lru_cache keys as CPython's C implementation makes them: one positional int or str argument
# is its own key, so f(1) and f(1.0) are two entries even without typed=True; views' mapping
# prints as its dict.
from functools import lru_cache


@lru_cache
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind("a"), kind(1), kind.cache_info())


@lru_cache(typed=True)
def typed_kind(x, y=0):
    return type(x).__name__


print(typed_kind(1), typed_kind(1.0), typed_kind(1, y=0), typed_kind.cache_info())
d = {"a": 1}
print(d.keys().mapping, str(d.values().mapping), repr(d.items().mapping))
