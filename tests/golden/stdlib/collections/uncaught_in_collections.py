# Exceptions out of collections' Python code (Counter, ChainMap) show its frames with CPython's
# lines; out of its C code (deque, the element counter) none.
from collections import ChainMap, Counter, deque


def tally(items):
    return Counter(items)


print(tally("abc"))
try:
    tally(5)
except TypeError as e:
    print("caught:", e)
settings = ChainMap({"a": 1}, {"b": 2})
print(settings["b"])
d = deque([1])
d.rotate(3)
print(settings["zzz"])
