# The same module imported twice at module level, and twice in a function: the name stays the
# module (found by the differential fuzzer, seed 850: a NameError at the first use).
import functools
import sys

print(functools.reduce(lambda a, b: a + b, [1, 2, 3]))
import functools
from functools import reduce
from functools import reduce
print(functools.reduce(lambda a, b: a * b, [1, 2, 3]), reduce(max, [3, 9, 4]))


def twice():
    import sys
    first = sys.maxsize > 0
    import sys
    return first, sys.maxsize > 1


print(twice())
