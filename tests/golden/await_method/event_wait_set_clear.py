# Event.wait: tasks parked on an unset event, set/clear/set again, waiting on an already-set
# event (no suspension), and asyncio.wait_for(ev.wait(), 0.01) timing out and succeeding.
import asyncio


async def waiter(name, ev, log):
    print(f"{name}: waiting (is_set={ev.is_set()})")
    r = await ev.wait()
    print(f"{name}: woke with {r!r} (is_set now {ev.is_set()})")
    log.append(name)
    return name


async def repeat_waiter(name, ev, rounds):
    for i in range(rounds):
        print(f"{name}: round {i} wait")
        await ev.wait()
        print(f"{name}: round {i} passed")
        await asyncio.sleep(0)
    return f"{name} done"


async def main():
    ev = asyncio.Event()
    log = []

    print("--- three waiters on an unset event")
    ts = [asyncio.create_task(waiter(f"W{i}", ev, log)) for i in range(3)]
    await asyncio.sleep(0)
    print("main: all parked; set()")
    ev.set()
    print("main: set returned; nobody ran yet, log =", log)
    await asyncio.sleep(0)
    print("main: after one yield, log =", log)
    print("gather:", await asyncio.gather(*ts))

    print("--- already set: no suspension")
    order = []

    async def bystander():
        order.append("bystander")

    b = asyncio.create_task(bystander())
    order.append(("wait1", await ev.wait()))
    order.append(("wait2", await ev.wait()))
    await asyncio.sleep(0)
    order.append("after sleep")
    await b
    print("order:", order)

    print("--- set then clear before the waiters run")
    ev.clear()
    ts = [asyncio.create_task(waiter(f"X{i}", ev, log)) for i in range(2)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print("main: set+clear done, is_set", ev.is_set())
    await asyncio.sleep(0)
    print("main: waiters still woke:", [t.done() for t in ts])
    print("gather:", await asyncio.gather(*ts))

    print("--- clear, then new waiters park again, set again")
    late = asyncio.create_task(waiter("Late", ev, log))
    await asyncio.sleep(0)
    print("Late done?", late.done())
    ev.set()
    print("Late ->", await late)

    print("--- a waiter loop over set/clear cycles")
    ev.clear()
    rw = asyncio.create_task(repeat_waiter("RW", ev, 3))
    for cycle in range(3):
        await asyncio.sleep(0)
        print(f"main: cycle {cycle} set")
        ev.set()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print(f"main: cycle {cycle} clear")
        ev.clear()
    print("RW ->", await rw)

    print("--- wait_for on an unset event: timeout")
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except Exception as e:
        print("wait_for raised", type(e).__name__, type(e).__mro__[1].__name__)
    print("is_set", ev.is_set())

    print("--- wait_for on an event set by another task: succeeds")

    async def setter():
        print("setter: running")
        await asyncio.sleep(0)
        print("setter: set()")
        ev.set()

    s = asyncio.create_task(setter())
    r = await asyncio.wait_for(ev.wait(), 0.5)
    print("wait_for returned", r)
    await s

    print("--- wait_for on an already-set event")
    print("wait_for returned", await asyncio.wait_for(ev.wait(), 0.01))

    print("--- wait_for with timeout inside a loop of waiters")
    ev2 = asyncio.Event()

    async def patient(name, timeout):
        try:
            r = await asyncio.wait_for(ev2.wait(), timeout)
            print(f"{name}: got {r}")
        except TimeoutError:
            print(f"{name}: timed out")

    impatient = asyncio.create_task(patient("impatient", 0.001))
    calm = asyncio.create_task(patient("calm", 1.0))
    await impatient
    print("main: impatient finished; setting ev2")
    ev2.set()
    await calm
    print("log:", log)


asyncio.run(main())
