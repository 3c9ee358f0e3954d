# Library Reference, Built-in Types 4.13 Other Built-in Types: the Null, Ellipsis and NotImplemented
# objects ("type(None)() produces the same singleton", likewise for Ellipsis and NotImplemented)
import sys

print(None, Ellipsis, ..., NotImplemented)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(type(...)() is ...)
sys.stdout.flush()
print(type(NotImplemented)() is NotImplemented)
sys.stdout.flush()
print(type(None)() is None)
