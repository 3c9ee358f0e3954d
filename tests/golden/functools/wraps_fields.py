# functools.wraps and assignments to __name__/__qualname__/__doc__ set the function's own fields, not its __dict__.
import functools
def f(a):
    "doc f"
    return a
@functools.wraps(f)
def g(*a):
    return f(*a)
print(sorted(vars(g)), g.__name__, g.__qualname__, g.__doc__, g.__module__, g.__wrapped__ is f)
h = lambda: 0
h.__name__ = "named"
h.__qualname__ = "Q.named"
h.extra = 1
print(vars(h), h.__name__, repr(h).split(" at ")[0])
try:
    h.__name__ = 3
except TypeError as e:
    print(e)
try:
    del h.__qualname__
except TypeError as e:
    print(e)
h.__doc__ = "d"
del h.__doc__
print(h.__doc__)
