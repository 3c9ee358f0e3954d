# sys.maxsize, and sys.exc_info() in and out of except clauses, nested, in a callee, in finally.
import sys
print(sys.maxsize, sys.maxsize + 1, type(sys.maxsize), -sys.maxsize - 1)
print(sys.exc_info())


def inner():
    return sys.exc_info()[1]


try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__, inner() is v)
    try:
        raise ValueError("nested")
    except ValueError:
        print(sys.exc_info()[0])
    print(sys.exc_info()[0])
finally:
    print(sys.exc_info())
print(sys.exc_info(), min([5, 3], default=sys.maxsize))
