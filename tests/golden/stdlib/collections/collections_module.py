# The collections module as a value, its classes' names and reprs, and the errors CPython's
# C types raise under their full names.
import collections
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

print(collections.__name__, collections.deque, collections.Counter, collections.OrderedDict)
print(collections.defaultdict, collections.ChainMap, collections.namedtuple.__name__)
print(deque.__name__, deque.__qualname__, deque.__module__, defaultdict.__module__)
print(issubclass(defaultdict, dict), issubclass(OrderedDict, dict), issubclass(Counter, dict))
print(isinstance(Counter(), dict), type(OrderedDict().keys()).__name__, type(iter(deque())).__name__)
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, Point.__module__, p._replace(y=5), p._asdict(), Point._fields, Point._field_defaults)


def attempt(label, f):
    try:
        print(label, "=", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("deque attr", lambda: deque().missing)
attempt("deque - 1", lambda: deque() - 1)
attempt("odict < odict", lambda: OrderedDict() < OrderedDict())
attempt("defaultdict hash", lambda: hash(defaultdict()))
attempt("set deque attr", lambda: setattr(deque(), "x", 1))
attempt("Counter(5)", lambda: Counter(5))
attempt("ChainMap missing", lambda: ChainMap({})["k"])
attempt("namedtuple bad", lambda: namedtuple("P", "x x"))
attempt("deque(1)", lambda: deque(1))
attempt("deque rotate", lambda: deque([1]).rotate(1.5))
