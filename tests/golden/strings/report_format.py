# A sales report formatted with str.format: auto and manual numbering, names, indexing,
# attributes, conversions and nested width specs.
import asyncio


class Region:
    def __init__(self, name, code):
        self.name = name
        self.code = code

    def __repr__(self):
        return f"Region({self.name!r})"


async def fetch(region, amount):
    await asyncio.sleep(0.001 * len(region.name))
    return region, amount


async def main():
    rows = await asyncio.gather(fetch(Region("North", "N"), 12345.678),
                                fetch(Region("South-East", "SE"), 987.5),
                                fetch(Region("West", "W"), -42.0))
    width = max(len(r.name) for r, _ in rows) + 2
    print("{:<{w}}|{:>12}|{:^8}".format("Region", "Amount", "Code", w=width))
    print("{0}+{1}+{2}".format("-" * width, "-" * 12, "-" * 8))
    for region, amount in rows:
        print("{r.name:<{w}}|{a:>12,.2f}|{r.code:^8}".format(r=region, a=amount, w=width))
    total = sum(a for _, a in rows)
    print("{0:<{1}}|{2:>12,.2f}|".format("Total", width, total))
    print("X: {0[0]}; Y: {0[1]}".format((3, 5)))
    print("{0[name]} is {0[age]} years old".format({"name": "Ada", "age": 36}))
    print("{!r} {!s} {!a}".format(rows[0][0], "naïve", "naïve"))
    print("{0!r:>12}|{0:*^9}|".format("mid"))
    print("{{literal}} {0} {{{0}}}".format(7))
    print("{:{fill}{align}{width}}".format("x", fill="~", align=">", width=6))
    print("{a.code}{b[1]}".format(a=rows[1][0], b="xyz"))
    print("{:%} {:e} {:08.3f} {:+d} {:#x} {:b}".format(0.25, 1234.5, -3.14159, 5, 255, 10))
    print("{}".format(rows[2][0]), "{0.name}".format(rows[2][0]))
    print("{}, {}!".format("Hello", "world"), "{1}, {0}!".format("world", "Hello"))
    print("{0}{1}{0}".format("ab", "cd"))
    print("{name:>{width}.{prec}}".format(name="truncated", width=8, prec=4))
    print("%(region)s: %(amount)10.2f" % {"region": "North", "amount": 12345.678})
    print("Summary: {n} regions, {t:.1f} total".format_map({"n": len(rows), "t": total}))


asyncio.run(main())
