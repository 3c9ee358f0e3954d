"""Closures, nonlocal, global and class-scope rules in a small metrics module."""

registry = {}
total_events = 0
VERSION = "1.0"


def counter(name, start=0, step=1):
    count = start
    history = []

    def incr(by=None):
        nonlocal count
        global total_events
        count += step if by is None else by
        total_events += 1
        history.append(count)
        return count

    def reset():
        nonlocal count, history
        old, count, history = count, start, []
        return old

    def view():
        return {"name": name, "count": count, "history": history[:]}

    registry[name] = view
    return incr, reset, view


hits, reset_hits, view_hits = counter("hits")
errs, reset_errs, view_errs = counter("errors", start=100, step=-1)
for _ in range(3):
    hits()
hits(10)
errs()
errs(by=-5)
print(view_hits(), view_errs(), total_events)
print(reset_hits(), view_hits(), registry["errors"]()["count"])


def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)], [lambda x: x * n for n in range(1, 4)]


good, bad = make_multipliers()
print([f(10) for f in good], [f(10) for f in bad])


class Metrics:
    unit = "ms"
    scale = 1000
    labels = [unit + "!" for _ in range(2)] if False else ["fixed"]
    scaled = [v * 2 for v in (1, 2, 3)]

    def report(self, value):
        return f"{value * self.scale}{self.unit}"

    def shadow(self):
        unit = "local"
        return unit, self.unit, Metrics.unit


m = Metrics()
print(m.report(0.25), m.shadow(), Metrics.labels, Metrics.scaled)
try:
    class Broken:
        factor = 3
        values = [factor * i for i in range(3)]
except NameError as e:
    print("NameError:", e)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    x = "outer (rebound)"
    return middle()


print(outer()())


def make_acc():
    total = 0

    def add(v):
        nonlocal total
        total += v
        return total
    add.reset = lambda: None
    return add


acc = make_acc()
print([acc(v) for v in (1, 2, 3)], acc.__name__, acc.__qualname__)


def bump_version():
    global VERSION
    major, minor = map(int, VERSION.split("."))
    VERSION = f"{major}.{minor + 1}"
    return VERSION


print(bump_version(), bump_version(), VERSION)
x = "global x"


def reads_global():
    return x


def shadows_global():
    x = "local x"
    return x


print(reads_global(), shadows_global(), x)
gen_scope = [(lambda: y)() for y in range(3)]
print(gen_scope, "y" in globals())
names = [name for name in registry]
print(names, sorted(k for k in globals() if k.startswith("reset")))
walrus = [last := v for v in range(5) if v % 2]
print(walrus, last)


def tally(events):
    for e in events:
        if e == "hit":
            total_events += 1
    return total_events


print(tally(["hit", "miss"]))
