"""string.Formatter as templating code subclasses it: format/vformat, parse, get_field with
attribute and index chains, a custom get_value with defaults, convert_field, format_field,
check_unused_args, nested specs, auto numbering, and the parser's error texts."""
import asyncio
import string


class DefaultFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


class StrictFormatter(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


async def render(fmt, template, *args, **kwargs):
    await asyncio.sleep(0)
    return fmt.format(template, *args, **kwargs)


async def main():
    f = string.Formatter()
    print(f.format("{0}-{1}-{0}", "a", "b"), f.format("{} and {}", 1, 2), f.format("{x:>{w}}|", x="r", w=5))
    print(f.format("{p.x},{p.y} {d[k]} {l[1]}", p=Point(3, 4), d={"k": "v"}, l=[7, 8]))
    print(f.format("{0!r} {0!s} {0!a} {1:.3f} {2:,}", "é", 3.14159, 1234567))
    print(f.vformat("{a}{b}", (), {"a": 1, "b": 2}), f.format("{{literal}} {0}", 5))
    print(list(f.parse("a{{b}}c{0!r:>{w}}d{}{x.y[0]}")))
    print(f.get_field("a.b", (), {"a": Point(1, 2)}) if False else f.get_field("0.x", (Point(1, 2),), {}))
    print(f.format_field(3.5, "08.2f"), f.convert_field(1, "r"), f.convert_field("s", None))
    d = DefaultFormatter()
    print(await asyncio.gather(render(d, "{name!u} has {count} {thing}", name="ann", count=3),
                               render(d, "{0} {missing}", "x")))
    s = StrictFormatter()
    print(s.format("{a}", a=1))
    for template, args, kwargs in [("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{2}", (1,), {}),
                                   ("{a}", (), {}), ("{0!x}", (1,), {}), ("{", (), {}), ("}", (), {}),
                                   ("{0:{1:{2}}}", (1, 2, 3), {}), ("{0[}", (1,), {}), ("{0.}", (1,), {})]:
        try:
            print(repr(f.format(template, *args, **kwargs)))
        except (ValueError, IndexError, KeyError) as e:
            print(type(e).__name__, e)
    try:
        s.format("{a}", a=1, b=2)
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
