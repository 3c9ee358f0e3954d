# Names in class bodies: class attributes are not visible as bare names inside methods, a
# global of the same name is found instead; nested functions in methods close over self; a
# class defined in a function closes over the function's locals.
rate = "module rate"


class Pricing:
    rate = 0.2
    table = {"std": 1.0, "vip": 0.8}
    vip_rate = rate * table["vip"]

    def bare(self):
        return rate

    def qualified(self):
        return self.rate, type(self).rate, Pricing.vip_rate

    def adjusted(self, prices):
        factor = 1 + self.rate

        def apply(p):
            return round(p * factor * self.table["std"], 2)

        return [apply(p) for p in prices]

    def missing(self):
        try:
            return table
        except NameError as e:
            return f"NameError: {e}"


def make_class(prefix):
    count = 0

    class Item:
        kind = prefix.upper()

        def __init__(self, name):
            nonlocal count
            count += 1
            self.name = f"{prefix}-{name}-{count}"

        def __repr__(self):
            return f"<{self.kind} {self.name}>"

    return Item, lambda: count


p = Pricing()
print(p.bare(), p.qualified(), p.adjusted([10, 2.5]), p.missing())
Pricing.rate = 0.5
p.rate = 0.1
print(p.qualified(), p.adjusted([10]), Pricing.vip_rate)
Box, box_count = make_class("box")
Bag, bag_count = make_class("bag")
items = [Box("a"), Bag("b"), Box("c")]
print(items, box_count(), bag_count(), Box.kind, Box.__qualname__)
x = "global x"


class Shadow:
    x = "class x"
    y = x
    z = [x for _ in range(1)]

    def method(self, x="default x"):
        return x


print(Shadow.y, Shadow.z, Shadow().method(), Shadow.x)
