"""Generator-based coroutines (send/throw/close) computing running statistics."""


class Reset(Exception):
    pass


def averager():
    total = 0.0
    count = 0
    avg = None
    try:
        while True:
            try:
                value = yield avg
            except Reset:
                print("  averager: reset")
                total, count, avg = 0.0, 0, None
                continue
            if value is None:
                break
            total += value
            count += 1
            avg = total / count
    finally:
        print(f"  averager: closing after {count} values")
    return (count, avg)


def primed(genfunc):
    def wrapper(*args, **kwargs):
        g = genfunc(*args, **kwargs)
        next(g)
        return g
    wrapper.__name__ = genfunc.__name__
    return wrapper


@primed
def grouper(results, key):
    while True:
        sub = averager()
        name = key
        try:
            count_avg = yield from sub
        except GeneratorExit:
            print(f"  grouper {name}: GeneratorExit")
            raise
        results[name] = count_avg
        print(f"  grouper {name}: got {count_avg}")
        key = key + "'"


def minmax():
    lo = hi = None
    while True:
        x = yield (lo, hi)
        if x is None:
            return lo, hi
        lo = x if lo is None or x < lo else lo
        hi = x if hi is None or x > hi else hi


data = {
    "girls;kg": [40.9, 38.5, 44.3, 42.2, 45.2, 41.7, 44.5, 38.0, 40.6, 44.5],
    "boys;m": [1.38, 1.5, 1.32, 1.25, 1.37, 1.48, 1.25, 1.49, 1.46, 1.49],
}

results = {}
for key, values in data.items():
    g = grouper(results, key)
    for v in values:
        g.send(v)
    g.send(None)
    g.close()

for k, (n, avg) in sorted(results.items()):
    group, unit = k.split(";")
    print(f"{n:2} {group:<6} averaging {avg:.2f}{unit}")

a = averager()
print(next(a), a.send(10), a.send(20))
print(a.throw(Reset))
print(a.send(4), a.send(6))
try:
    a.send(None)
except StopIteration as stop:
    print("StopIteration value:", stop.value)
print("after stop:", next(a, "exhausted"))

m = minmax()
next(m)
for x in [5, 3, 9, 1, 7]:
    print("minmax", m.send(x))
try:
    m.send(None)
except StopIteration as s:
    print("final", s.value, s.args)

b = averager()
next(b)
b.send(1.5)
b.close()
print("closed:", b.gi_running)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

c = averager()
next(c)
c.send(3)
c.throw(ValueError("bad sample"))
