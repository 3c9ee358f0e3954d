# Closures and tasks: callbacks created in a loop that capture the loop variable late vs early,
# nonlocal counters updated by concurrent tasks, and a module-level registry mutated through
# global from coroutines.
import asyncio

registry = {}
events = 0


def make_handler(name):
    calls = 0

    async def handle(payload):
        nonlocal calls
        global events
        calls += 1
        events += 1
        await asyncio.sleep(0)
        registry.setdefault(name, []).append(payload)
        return f"{name}#{calls}:{payload}"

    return handle


async def main():
    handlers = {n: make_handler(n) for n in ("email", "sms")}
    jobs = [handlers["email"]("a"), handlers["sms"]("b"), handlers["email"]("c"), handlers["email"]("d")]
    print(await asyncio.gather(*jobs))
    print(registry, events)

    late, early = [], []
    for i in range(3):
        async def show_late():
            await asyncio.sleep(0)
            return i

        async def show_early(i=i):
            await asyncio.sleep(0)
            return i

        late.append(asyncio.create_task(show_late()))
        early.append(asyncio.create_task(show_early()))
        i *= 10
    print([await t for t in late], [await t for t in early])

    progress = 0
    lock = asyncio.Lock()

    async def step(n):
        nonlocal progress
        for _ in range(n):
            async with lock:
                current = progress
                await asyncio.sleep(0)
                progress = current + 1
        return progress

    finals = await asyncio.gather(step(3), step(2), step(4))
    print(finals, progress)

    def make_tickers():
        ticks = []
        funcs = []
        for label in "xy":
            def tick(label=label):
                ticks.append(label)
                return len(ticks)
            funcs.append(tick)
        return funcs, ticks

    (tx, ty), ticks = make_tickers()
    print(tx(), ty(), tx(), ticks)


asyncio.run(main())
