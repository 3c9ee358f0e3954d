# Invoice rendering with str.format's field grammar: indexing and attribute fields, nested
# width/precision specs, sign/grouping/percent/alternate forms, = alignment, !a/!r conversions,
# and format_map with a dict subclass that fills in missing keys.
class Customer:
    def __init__(self, name, city):
        self.name = name
        self.city = city


class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}?>"


lines = [
    {"sku": "A-100", "desc": "Widget", "qty": 3, "price": 4.5},
    {"sku": "B-2", "desc": "Gadget (large)", "qty": 12, "price": 1234.5},
    {"sku": "C-33", "desc": "Café crème", "qty": 1, "price": -15.0},
]
cust = Customer("Zoë Ltd", "Zürich")
print("Invoice for {0.name} ({0.city!a}) / {0.name!r}".format(cust))
width, prec = 10, 2
total = 0
for i, line in enumerate(lines, 1):
    amount = line["qty"] * line["price"]
    total += amount
    print("{n:>2}. {l[sku]:<6}|{l[desc]:.<16}|{l[qty]:^5}|{amt:>{w},.{p}f}|{amt:+{w}.1f}".format(
        n=i, l=line, amt=amount, w=width, p=prec))
print("{:=>44}".format(""))
print("{0:>30} {1:>{2}_.2f}".format("TOTAL", total * 1000, width + 4))
print("{:=+12.3f}|{:=012,}|{:#x}|{:#o}|{:#b}|{:08.3%}".format(-3.14159, 1234567, 255, 8, 5, 0.0725))
print("{:e}|{:.2E}|{:g}|{:g}|{:.3g}|{:n}".format(12345.678, 0.000123, 1e-5, 123456789.0, 2 / 3, 42))
print("{!s:>8}|{!r:>8}|{:^9}|{:*^9}".format("ab", "ab", "mid", 7))
template = "Dear {name}, your order {order} ships {date}; ref {ref[0]}"
print(template.format_map(Defaults(name="Ann", order=1042, ref="XYZ")))
row = "{sku}:{qty:03d}"
print(", ".join(row.format(**l) for l in lines), "{{literal}} {}".format("x"))
print(format(1234.5, ",.1f"), format(-0.0, ".1f"), format(65, "c"), format("x", "^5"))
for bad in ["{:d}".format, "{0} {}".format, "{name}".format, "{:,s}".format]:
    try:
        print(bad(1.5))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
