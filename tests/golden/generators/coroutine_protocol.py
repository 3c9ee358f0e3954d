# Generator-based coroutines: send/throw/close edge cases, return values, gi_* state, yield from delegation.
def averager():
    total = count = 0
    avg = None
    try:
        while True:
            try:
                x = yield avg
            except ValueError as e:
                print("  averager got ValueError:", e)
                x = 0
            if x is None:
                break
            total += x
            count += 1
            avg = total / count
    finally:
        print("  averager cleanup", count)
    return (count, avg)


g = averager()
print(next(g), g.send(10), g.send(20), g.throw(ValueError("bad")), g.send(30))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
print(g.send.__name__, next(g, "exhausted"))
try:
    averager().send(5)
except TypeError as e:
    print("TypeError:", e)


def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)
        print("  delegator stored", r)
        if len(results) == 2:
            return "done"


res = []
d = delegator(res)
next(d)
for v in [1, 2, None, 7, None]:
    print("send", v, "->", d.send(v) if v != None or len(res) < 1 else next(d, "end"))
print(res)
d2 = delegator([])
next(d2)
d2.send(4)
d2.close()
print("closed", d2.gi_running)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  stubborn refuses")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
t = averager()
try:
    t.throw(KeyError("early"))
except KeyError as e:
    print("early throw propagated", e)
