# Generator-based coroutines (send protocol) for running statistics: a priming decorator,
# averager and min/max trackers, a broadcaster fanning values out, close() running finally
# blocks, and a generator that handles GeneratorExit.
import functools


def primed(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@primed
def averager(name):
    total = count = 0
    avg = None
    try:
        while True:
            value = yield avg
            if value is None:
                break
            total += value
            count += 1
            avg = round(total / count, 3)
    finally:
        print(f"{name}: closed after {count} values")
    return (count, avg)


@primed
def extremes():
    lo = hi = None
    while True:
        try:
            v = yield (lo, hi)
        except GeneratorExit:
            print(f"extremes done: lo={lo} hi={hi}")
            raise
        lo = v if lo is None or v < lo else lo
        hi = v if hi is None or v > hi else hi


@primed
def broadcast(*targets):
    while True:
        v = yield
        for t in targets:
            t.send(v)


a, e = averager("temps"), extremes()
b = broadcast(a, e)
for reading in [21.5, 19.0, 23.25, 22.0]:
    b.send(reading)
print(a.send(20.0), e.send(20.0))
try:
    a.send(None)
except StopIteration as stop:
    print("result:", stop.value)
e.close()
e.close()
try:
    e.send(1)
except StopIteration:
    print("closed generator raises StopIteration")
c = averager("unused")
c.close()
print(averager.__name__, averager.__wrapped__.__name__)
d = averager("thrower")
d.send(4)
try:
    d.throw(ValueError("sensor fault"))
except ValueError as err:
    print("propagated:", err)
