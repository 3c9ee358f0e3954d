class Temp:
    """A temperature."""
    unit = "C"

    def __init__(self, deg):
        self.deg = deg

    def __repr__(self):
        return f"Temp({self.deg!r})"

    def __format__(self, spec):
        return format(self.deg, spec) + self.unit


t = Temp(21.5)
print(getattr(t, "deg"), getattr(t, "missing", None), hasattr(t, "unit"), hasattr(t, "nope"))
setattr(t, "deg", 22)
print(t, vars(t), format(t, ".1f"), f"{t:>6}")
delattr(t, "deg")
print(hasattr(t, "deg"), vars(t))
try:
    getattr(t, "deg")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(t, "deg")
except AttributeError as e:
    print("AttributeError:", e)
print(type(t).__name__, type(t).__doc__, type(3) is int, isinstance(True, int))
print(repr("it's"), ascii("café ☃"), repr(b"\x00a"), str(b"ab", "ascii"), str(b"ab", encoding="utf-8"))
print(chr(65), ord("é"), chr(0x2603), ord(b"a"))
print(hash(1) == hash(1.0), hash("") == hash(""), hash((1, 2)) == hash((1, 2)))
print(id(t) == id(t))
print(sorted(n for n in vars(Temp) if not n.startswith("__")))
print(format(1234567, ","), format(0.25, ".0%"), format("x", "^5"), format(3))
print(list(bytes(3)), bytearray(b"hi"), bytes([65, 66]), bytes("é", "utf-8"))
print(isinstance(t, Temp), issubclass(Temp, object), type(type))
d = {}
exec_like = dict(a=1, **{"b": 2})
print(exec_like, dict([("k", "v")], z=0))
for bad in [lambda: chr(-1), lambda: ord("ab"), lambda: setattr(3, "x", 1), lambda: getattr(t, 5),
            lambda: hash([]), lambda: vars(3), lambda: bytes("x"), lambda: format(3, "q"),
            lambda: isinstance(3, 4), lambda: issubclass(3, int),
            lambda: dict([1, 2]), lambda: ord("")]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
