"""Invoice rendering with the format mini-language, nested specs, format_map and %-formatting."""


class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}?>"


class Item:
    def __init__(self, sku, name, qty, price, tax=0.2):
        self.sku, self.name, self.qty, self.price, self.tax = sku, name, qty, price, tax

    @property
    def net(self):
        return self.qty * self.price

    def __format__(self, spec):
        if spec == "short":
            return f"{self.sku}x{self.qty}"
        return format(f"{self.name} ({self.sku})", spec)


items = [
    Item("A-100", "Widget", 3, 4.5),
    Item("B-7", "Gadget, large", 1, 129.99),
    Item("C-42", "Gizmo", 12, 0.333, tax=0.05),
    Item("D-1", "Überkabel 2m", 2, 15.0),
]
customer = {"name": "Ada Lovelace", "street": "12 Analytical Way", "city": "London", "vat": "GB123"}

W = 64
print("=" * W)
print("{:^{w}}".format("INVOICE #{:05d}".format(417), w=W))
print(f"{'':=^{W}}")
print("Bill to: {0[name]}\n         {0[street]}\n         {0[city]} ({0[vat]})".format(customer))
print("Ship to: {name}, {city}, {country}".format_map(Defaults(customer)))
print("-" * W)
cols = [("Item", "<", 28), ("Qty", ">", 5), ("Price", ">", 10), ("Net", ">", 12)]
print("".join(f"{title:{align}{width}}" for title, align, width in cols))
for it in items:
    prec = 3 if it.price < 1 else 2
    print(f"{it:<28.27}{it.qty:>5d}{it.price:>10.{prec}f}{it.net:>12,.2f}")
print("-" * W)
subtotal = sum(it.net for it in items)
tax = sum(it.net * it.tax for it in items)
for label, value in [("Subtotal", subtotal), ("Tax", tax), ("Total", subtotal + tax)]:
    print(f"{label:>{W - 14}}:{value:>13,.2f}")
print(f"{'Codes: ' + ' '.join(f'{it:short}' for it in items):>{W}}")
print("=" * W)

print("%-10s|%10s|%-8.3s|" % ("left", "right", "truncate"))
print("%(name)s owes %(amt).2f (%(pct)d%% of limit)" % {"name": "Ada", "amt": 211.0453, "pct": 84.9})
print("%5.1f%% %+05d %x %X %#x %o %e %g %G" % (12.345, 7, 3054, 3054, 255, 8, 0.000123, 1e-5, 1e20))
print("%s %r %a %c%c" % ("é", "é", "é", 0x263A, "!"))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 3, 3.14159))

width, precision = 12, 4
for value in [3.14159265, -2.5, 1e6, 0.0001234]:
    print(f"[{value:{width}.{precision}}] [{value:<{width}.{precision}e}] [{value:^+{width},.2f}]")

print("{!r:>12}|{!s:<8}|{:%Y}".format("quote", 12, type("T", (), {"__format__": lambda s, spec: f"fmt({spec})"})()))
print("{0}{1}{0}".format("ab", "cd"), "{{literal}} {}".format(1), "{:{}{}}".format("x", ">", 5))
print("{.real} {.imag} {[1]}".format(3 + 4j, 3 + 4j, "xyz"))
print(f"{'nested':{'*'}^{len('nested') + 6}}", f"{3.5!s:>6}", f"{[1, 2]!r:>10}", f"{'a' 'b'}")
amount = 1234.5
print(f"{amount=}", f"{amount = :,.1f}", f"{items[0].name=!s}", f"{len(items) * 2 = }")
print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(-42, "=+8"), format("text", ".2"))
for bad in ["{:d}".format, "{:,s}".format, "{0} {2}".format, "{:=s}".format]:
    try:
        print(bad("x", "y"))
    except (ValueError, IndexError) as e:
        print(f"{type(e).__name__}: {e}")
print("%d items" % "three")
