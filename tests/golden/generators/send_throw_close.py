# A coroutine-style generator: send values, throw errors into it, close it and watch finally.
class Reset(Exception):
    pass


def running_stats(name):
    print(f"[{name}] started")
    total = 0
    count = 0
    peak = None
    try:
        while True:
            try:
                value = yield (count, total, peak)
            except Reset as r:
                print(f"[{name}] reset: {r}")
                total, count, peak = 0, 0, None
                continue
            except ValueError as e:
                print(f"[{name}] rejected: {e}")
                continue
            count += 1
            total += value
            peak = value if peak is None or value > peak else peak
    except GeneratorExit:
        print(f"[{name}] closing with count={count}")
        raise
    finally:
        print(f"[{name}] finally")


s = running_stats("temps")
print(next(s))
for v in [21, 25, 19]:
    print("send", v, "->", s.send(v))
print("throw ValueError ->", s.throw(ValueError("sensor glitch")))
print("send 30 ->", s.send(30))
print("throw Reset ->", s.throw(Reset("new day")))
print("send 5 ->", s.send(5))
s.close()
s.close()
try:
    s.send(1)
except StopIteration:
    print("send after close: StopIteration")

t = running_stats("other")
next(t)
try:
    t.throw(KeyError("boom"))
except KeyError as e:
    print("propagated KeyError", e)
try:
    next(t)
except StopIteration:
    print("exhausted")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g.close()
print("second close ok")

u = running_stats("unused")
u.close()
print("never started closed fine")
