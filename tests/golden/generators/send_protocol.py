# send(): a running-average coroutine-style generator and a simple state machine.
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count


avg = running_average()
print(next(avg))
for v in [10, 20, 60, 10]:
    print("sent", v, "average", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("stopped after", e.value, "values")


def turnstile():
    state = "locked"
    while True:
        event = yield state
        print(f"  {state} + {event}", end=" -> ")
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"
        print(state)


t = turnstile()
print("initial", t.send(None))
for ev in ["push", "coin", "coin", "push", "push"]:
    t.send(ev)
t.close()
fresh = running_average()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)


def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    yield received


e = echo()
print(next(e), e.send("a"), e.send("b"), e.send("c"))
