# collections.UserDict (with __missing__, the | operators, copy, fromkeys), UserList and
# UserString over collections.abc, and the ABC registrations of deque, ChainMap and views.
from collections import UserDict, UserList, UserString, Counter, deque, ChainMap, OrderedDict
from collections.abc import Mapping, MutableSequence, MutableMapping, KeysView
import json


class Config(UserDict):
    def __missing__(self, key):
        return f"<{key}>"


c = Config({"a": 1}, b=2)
c["c"] = 3
print(c, c["zz"], "zz" in c, len(c), c.copy(), type(c.copy()).__name__, Config.fromkeys("xy", 0))
print(c | {"d": 4}, {"e": 5} | c, isinstance(c, MutableMapping), dict(c))
c |= {"f": 6}
print(c.data, list(c.items()), c.get("a"), c.pop("a"), c.setdefault("g", 7))
print(Counter(c), json.dumps(c.data))


class History(UserList):
    pass


h = History([3, 1, 2])
h.append(5)
h.sort()
print(h, h[1:], type(h[1:]).__name__, h + [9], [0] + h, h * 2, h.index(3), h.count(1), 5 in h, len(h))
h.extend(range(2))
h.reverse()
print(h, h.pop(), h.copy(), isinstance(h, MutableSequence), h == [1, 0, 5, 3, 2, 1][:5], h < [9])
s = UserString("Hello, World")
print(s.upper(), s.lower(), s.split(", "), s[::-1], s + "!", "!" + s, s * 2, s.find("o"), s.replace("l", "L"),
      s.startswith("He"), s.count("l"), len(s), s.center(20, "*"), s.strip("Hd"), "World" in s, s < "Z",
      s.partition(","), s.format(), s.encode(), s.casefold(), s.zfill(15), repr(s), str(s), hash(s) == hash("Hello, World"))
print(isinstance(deque(), MutableSequence), isinstance(ChainMap(), Mapping), isinstance(OrderedDict().keys(), KeysView),
      isinstance(ChainMap().keys(), KeysView))
print(Counter(UserDict({"a": 3})), Counter(History("aab")))
