# Builtin functions with keywords, defaults and converted arguments.
print(sorted([3, 1, 2], key=None, reverse=True), sorted("cab", key=str.upper))
print(round(2.675, ndigits=2), round(number=7.5), round(1234.5678, -2), round(15, -1), round(2.5, None))
print(sum([1, 2], start=10), sum([[1], [2]], []), sum(range(5), 0.5))
print(format(3.14159, ".2f"), format(42), format("x", "^5") + "|", format(255, "#x"))
print(getattr(1, "real"), getattr(1, "missing", None), hasattr([], "append"))
print(next(iter([]), "d"), next(iter([7])), list(iter([1, 2, 3, None, 4].pop, None)))
print(list(enumerate("ab", 5)), list(enumerate(iterable="xy", start=-1)), list(enumerate("q", start=True)))
print(pow(2, 10), pow(base=2, exp=5, mod=3), pow(3, -1, 7), divmod(-7, 2), chr(0x263A), chr(True))
print(isinstance(3, (str, int)), issubclass(bool, int), callable(len), ord("é"), bin(-5), oct(8), hex(255))


class Box:
    def __init__(self):
        self.v = 1


b = Box()
setattr(b, "w", 2)
delattr(b, "v")
print(vars(b), abs(-2.5), any([0, 1]), all([]), ascii("é"), repr("q"), len({1: 2}))
print(max(3, 1, key=lambda v: -v), min([], default="empty"), max("abc"), min(4, 2, 8))

for call in [lambda: round(2.5, "x"), lambda: round(2.5, 1.5), lambda: chr(2 ** 40), lambda: chr(-1),
             lambda: format(1, spec="x"), lambda: enumerate("a", 1.5), lambda: enumerate("a", 1, 2),
             lambda: enumerate(start=2), lambda: sum(), lambda: sum([1], 2, 3), lambda: sum([1], iterable=2),
             lambda: round(), lambda: round(1, 2, 3), lambda: round(1, digits=2), lambda: pow(1, 2, 3, 4),
             lambda: sorted([1], cmp=None), lambda: sorted(), lambda: hex(1.5), lambda: iter(5, 6)]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

for kw in [dict(start=2), dict(start=2, iterable="a"), dict(foo=1), dict(iterable="a", foo=1), dict(iterable="a")]:
    try:
        print(list(enumerate(**kw)))
    except TypeError as e:
        print("TypeError", e)
for call in [lambda: enumerate("a", start=2, iterable="b"), lambda: enumerate("a", iterable="b"),
             lambda: list(enumerate("a", start=3))]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
