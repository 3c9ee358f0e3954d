# Tests class attributes shared by instances vs shadowed per instance, and mutable class attrs.
class Widget:
    count = 0
    registry = []
    label = "default"
    def __init__(self, name):
        self.name = name
        Widget.count += 1
        self.registry.append(name)


a = Widget("a")
b = Widget("b")
print(Widget.count, a.count, b.count, Widget.registry, a.registry is b.registry)
a.label = "custom"
print(a.label, b.label, Widget.label, "label" in vars(a), "label" in vars(b))
a.count = 99
print(a.count, b.count, Widget.count)
del a.count
print(a.count)
b.registry = ["own"]
print(b.registry, a.registry, Widget.registry)


class Special(Widget):
    label = "special"


s = Special("s")
print(s.label, s.count, Special.count, Widget.count, Special.registry)
Special.count = 0
print(Special.count, Widget.count, s.count, "count" in vars(Special))
print(sorted([k for k in vars(Widget) if not k.startswith("__")]))


class Counter:
    n = 0
    def bump(self):
        self.n += 1
        return self.n


c1 = Counter()
c2 = Counter()
print(c1.bump(), c1.bump(), c2.bump(), Counter.n, vars(c1))
