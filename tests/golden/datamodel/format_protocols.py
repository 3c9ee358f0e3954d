"""__format__, format(), f-strings with nested specs, %-formatting and str.format fields."""
from dataclasses import dataclass


@dataclass
class Angle:
    degrees: float

    def __format__(self, spec):
        if spec.startswith("dms"):
            d = int(self.degrees)
            rest = abs(self.degrees - d) * 60
            m = int(rest)
            s = (rest - m) * 60
            return f"{d}°{m:02d}'{s:04.1f}\""
        if spec.startswith("rad"):
            digits = spec[3:] or "4"
            return format(self.degrees * 3.141592653589793 / 180, "." + digits + "f") + "rad"
        return format(self.degrees, spec) + "°"


@dataclass
class City:
    name: str
    lat: Angle
    lon: Angle
    population: int
    tags: tuple


CITIES = [
    City("Zürich", Angle(47.3769), Angle(8.5417), 421878, ("finance", "lake")),
    City("Reykjavík", Angle(64.1466), Angle(-21.9426), 131136, ("north",)),
    City("São Paulo", Angle(-23.5505), Angle(-46.6333), 12325232, ("big", "south", "coffee")),
]


def table(cities, width=12, prec=2):
    header = f"{'city':<{width}}|{'lat':>{width}}|{'lon':>{width}}|{'pop':>{width + 2}}"
    print(header)
    print("-" * len(header))
    for c in cities:
        print(f"{c.name:<{width}}|{c.lat:>{width}.{prec}f}|{c.lon:>{width}.{prec}f}|{c.population:>{width + 2},}")


def main():
    table(CITIES)
    table(CITIES, width=10, prec=4)
    z = CITIES[0]
    print(f"{z.lat:dms} {z.lon:dms} {z.lat:rad} {z.lat:rad2} {z.lat:+.1f}")
    print(format(Angle(-12.5), "dms"), format(Angle(90), ""), format(Angle(1.5), "08.3f"))
    print("{0.name} has {0.population:,} people; first tag {0.tags[0]!r}".format(z))
    print("{c.name:*^15} {c.lat:dms}".format(c=CITIES[1]))
    print("{[2].name} {[0]:>3} {:%}".format(CITIES, "ab", 0.125))
    print("{0}{1}{0}".format("ab", "-"), "{{literal}} {}".format(1), "{:{}{}}".format("x", ">", 5))
    row = {"name": "widget", "qty": 3, "price": 4.5}
    print("%(name)-10s x%(qty)03d @ %(price)7.2f" % row)
    print("%-6s|%6s|%06.2f|%+d|% d|%5.1e|%#x|%#o" % ("ab", "cd", 3.14159, 5, 5, 12345.678, 255, 8))
    print("%s %r %a" % ("Zürich", "Zürich", "Zürich"))
    print("%c%c%c" % (80, "y", 0x1F40D), "%.3s" % "abcdef", "%*d|%-*d|" % (5, 42, 4, 7), "%.*f" % (2, 3.14159))
    print("%d%%" % 50, "%i" % 3.99, "%x" % 3, "%5s" % None, "%s" % [1, "a"], "%s" % (("t",),))
    for spec in ("", "<8", ">8", "^8", "08", "+", " ", ",", "_", ".3", "#x", "#b", "e", "g", "%", "n"):
        try:
            print(f"{spec!r:6} int:{format(1234, spec)!r:14} float:{format(1234.5, spec)!r}")
        except ValueError as e:
            print(f"{spec!r:6} error: {e}")
    for spec in ("s", ">10", "^10.3", "<4", "!<7"):
        print(repr(format("héllo", spec)))
    width, fill = 9, "~"
    print(f"{'centre':{fill}^{width}}", f"{3.14159:.{width - 6}f}", f"{42:{fill}>+{width},}")
    print(f"{'nested':>{width + len(fill) * 3}}|", f"{[1, 2]!s:>10}", f"{'q'!r:^7}")
    print(f"{1e21:f}"[:10], f"{1/3:.20f}", f"{2**0.5:.15g}", f"{1234567:e}", f"{0.000012345:g}", f"{123456789012:g}")
    print(f"{True:d} {True} {False!r:>7} {None!s:.2}", format(True, "^6"), format(5, "c"))
    print(format(1234, "x^+10,"))


main()
