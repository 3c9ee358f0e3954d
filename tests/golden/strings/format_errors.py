# str.format's error messages: numbering switches, bad fields, conversions, recursion.
cases = [
    ("{0}{}", (1, 2), {}),
    ("{}{0}", (1, 2), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("x}y", (), {}),
    ("{0!x}", (1,), {}),
    ("{0!}", (1,), {}),
    ("{0!rr}", (1,), {}),
    ("{0:{1}}", (1,), {}),
    ("{0:{1:{2}}}", (1, 2, 3), {}),
    ("{0[}", (1,), {}),
    ("{0.}", (1,), {}),
    ("{0[0]x}", ([1],), {}),
    ("{a.b}", (), {"a": 1}),
    ("{0[1]}", ([1],), {}),
    ("{0[a]}", ({},), {}),
    ("{:d}", ("x",), {}),
    ("{:s}", (1,), {}),
    ("{0:}}", (1,), {}),
    ("{ }", (1,), {}),
    ("{-1}", (1,), {}),
    ("{0[-1]}", ([1],), {}),
    ("{0[1a]}", ({"1a": 5},), {}),
    ("{}", (), {}),
    ("{missing}", (), {"present": 1}),
    ("{0:=^+10d}", (42,), {}),
    ("{:,}", (1234567,), {}),
    ("{:_b}", (255,), {}),
]
for fmt, args, kwargs in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)

for fmt, mapping in [("{x}", 1), ("{x}", []), ("{0}", {"0": 1}), ("{x}-{y}", {"x": 1, "y": 2})]:
    try:
        print(repr(fmt), "->", repr(fmt.format_map(mapping)))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)


class Defaults(dict):
    def __missing__(self, key):
        return "<" + key + ">"


print("{name} lives in {city}".format_map(Defaults(name="Guido")))
