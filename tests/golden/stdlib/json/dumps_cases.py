# json.dumps with every option: indent (int, 0, str), separators, sort_keys, ensure_ascii,
# default, a JSONEncoder subclass, skipkeys, allow_nan, and the values and keys it takes.
import json
from enum import IntEnum


class Color(IntEnum):
    RED = 1
    GREEN = 2


data = {
    "name": "café ☕ 😀",
    "tags": ("a", "b"),
    "nested": {"list": [1, 2.5, None, True, False], "empty": {}, "none": []},
    "numbers": [0, -0.0, 1e16, 1e-7, 0.1, 123456789012345678901234567890, 3.0, -1.5e300],
    "color": Color.GREEN,
    "escapes": "quote \" backslash \\ newline \n tab \t ctrl \x01 del \x7f",
}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data["nested"], indent=0))
print(json.dumps(data["nested"], indent="--"))
print(json.dumps(data["nested"], separators=(",", ":")))
print(json.dumps([1, [2, [3, {}]]], indent=4, separators=(", ", " = ")))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True), json.dumps({3: 1, 1: 2}, sort_keys=True))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps("just a string"), json.dumps(None), json.dumps(7), json.dumps(2.0), json.dumps(""))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps([Point(1, 2), {3, 1, 2}], cls=PointEncoder))
print(json.dumps({"p": Point(0, 0)}, default=lambda o: f"<{type(o).__name__}>", indent=1))
print(PointEncoder(indent=1).encode({"pts": [Point(5, 6)]}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))


def attempt(label, f):
    try:
        print(label, "=", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("object", lambda: json.dumps(object()))
attempt("set", lambda: json.dumps({1, 2}))
attempt("bytes", lambda: json.dumps({"b": b"x"}, indent=2))
attempt("tuple key", lambda: json.dumps({(1, 2): 3}))
attempt("tuple key indent", lambda: json.dumps({(1, 2): 3}, indent=1))
attempt("nan strict", lambda: json.dumps(float("nan"), allow_nan=False))
attempt("nan strict indent", lambda: json.dumps([float("inf")], allow_nan=False, indent=1))
attempt("mixed keys sorted", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
loop = []
loop.append(loop)
attempt("circular list", lambda: json.dumps(loop))
d = {}
d["self"] = d
attempt("circular dict indent", lambda: json.dumps(d, indent=2))
attempt("no check", lambda: len(json.dumps([[1]] * 3, check_circular=False)))
attempt("bad separators", lambda: json.dumps([1, 2], separators=(",",)))
