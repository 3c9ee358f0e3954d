# PEP 461: bytes % with user objects (__bytes__, __index__, __int__, __float__), mappings,
# bytearray results, and CPython's exact error texts for every refused operand.
class Tag:
    def __bytes__(self):
        return b"<tag>"


class BadTag:
    def __bytes__(self):
        return "not bytes"


class Code:
    def __index__(self):
        return 65


class Count:
    def __int__(self):
        return 7


class Ratio:
    def __float__(self):
        return 2.5


class Exploding:
    def __index__(self):
        raise ValueError("boom")


class Doubler:
    def __getitem__(self, key):
        return key * 2


class Small(int):
    pass


class Table(dict):
    pass


cases = [
    (b"%s|%b", (Tag(), Tag())), (b"%s", BadTag()), (b"%c", Code()), (b"%d", Count()), (b"%x", Count()),
    (b"%f", Ratio()), (b"%f", Code()), (b"%c", Exploding()), (b"%(ab)s", Doubler()), (b"%d", Small(5)),
    (b"%(k)d", Table(k=3)), (bytearray(b"%s-%s"), (bytearray(b"a"), b"b")), (b"%c", True),
    (b"%d %x %o", (True, False, True)), (b"%c", 10**30), (b"%c", -1), (b"%c", 3.0), (b"%c", "a"),
    (b"%c", b"ab"), (b"%x", -255), (b"%#o", -8), (b"%10.4d|", -42), (b"%-+8.3f|", 2.5),
    (b"%f", 10**400), (b"%d", float("inf")), (b"%d", float("nan")), (b"%d", 2 + 1j), (b"%i", "x"),
    (b"%x", 3.5), (b"%f", "x"), (b"%.3s", bytearray(b"abcdef")), (b"%5.1s|", b"xyz"),
    (b"%r", [b"a", "b"]), (b"%a", "caf\xe9 \u2603\n"), (b"%*s|", (-6, b"ab")), (b"%.*s|", (-1, b"ab")),
    (b"%*.*f", (10, 3, 3.14159)), (b"%*d", ("x", 1)), (b"%.*f", (2.0, 1.0)), (b"%s", ()), (b"%s", ((),)),
    (b"%d", [1]), (b"\x00%s\xff", b"\x80"), (b"%\x00", 1), (b"%y", 1), (b"%\xff", 1), (b"%", 1),
    (b"%(a", {}), (b"%(a)s%%%(b)s", {b"a": b"1", b"b": b"2"}), (b"%(a)s", {"a": b"1"}), (b"%s", None),
    (b"%s", "text"), (b"%b", 1), (b"%s", range(3)), (b"%s %s", [b"x", b"y"]), (b"%(x)s", (1,)),
    (b"%s", {b"x": 1}), (b"abc", {}), (b"abc", []), (b"abc", b"x"), (b"abc", 5), (b"%s %s", (b"1",)),
    (b"%s", (b"1", b"2")), (b"%(a)s %s", {b"a": b"1"}), (b"%(a)s", 3), (b"%ld %hd %Lf", (1, 2, 3.0)),
]
for fmt, args in cases:
    try:
        result = fmt % args
        print(type(result).__name__, result)
    except Exception as e:
        print(type(e).__name__, e)

print(hasattr(b"", "__mod__"), b"%s".__mod__(b"z"), bytearray(b"%d").__mod__(4))
print(repr("abc" % b"x"), repr("abc" % range(3)), repr("%f|%F" % (float("-nan"), float("-nan"))))
x = b"%s"
x %= b"y"
print(x)
y = bytearray(b"%d")
z = y
y %= 5
print(y, z, y is z)


class Plain:
    pass


class Refuses:
    def __mod__(self, other):
        return NotImplemented


class Reflected:
    def __rmod__(self, other):
        return ("rmod", other)


for a, b in [(Plain(), b"x"), (Refuses(), b"x"), (b"x", Plain()), (b"%s", Reflected()),
             (5, b"x"), (bytearray(b"x"), Refuses())]:
    try:
        print(a % b)
    except TypeError as e:
        print(e)
