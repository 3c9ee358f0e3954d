# A singledispatch function is functools.py's `wrapper`: its frame shows in tracebacks, between
# the caller and the implementation it dispatched to, and it counts towards the recursion limit.
from functools import singledispatch


@singledispatch
def describe(value):
    raise TypeError(f"no description for {type(value).__name__}")


@describe.register
def _(value: int):
    return f"int {value}"


@describe.register
def _(value: list):
    return "[" + ", ".join(describe(v) for v in value) + "]"


print(describe(3), describe([1, [2, 3]]))
try:
    describe()
except TypeError as e:
    print(e)


@singledispatch
def depth(value):
    return 0


@depth.register
def _(value: tuple):
    return 1 + depth(value[0]) if value else 1


nested = ()
for _ in range(300):
    nested = (nested,)
try:
    print(depth(nested))
except RecursionError as e:
    print("RecursionError", e)
print(describe([1, [2, "three"]]))
