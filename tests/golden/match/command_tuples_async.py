# An async command processor: commands arrive as tuples on a queue and are dispatched with match.
import asyncio


async def handle(cmd, store, log):
    match cmd:
        case ("set", str(key), value):
            store[key] = value
            return f"ok set {key}"
        case ("get", str(key)) if key in store:
            return f"{key}={store[key]!r}"
        case ("get", key):
            return f"missing {key}"
        case ("incr", key, int(n)) | ("incr", key, float(n)):
            store[key] = store.get(key, 0) + n
            return f"{key} now {store[key]}"
        case ("del", *keys) if keys:
            gone = [k for k in keys if store.pop(k, None) is not None]
            return f"deleted {gone}"
        case ("sleep", int() as steps):
            for _ in range(steps):
                await asyncio.sleep(0)
            return f"slept {steps}"
        case ("batch", [*subcommands]):
            results = []
            for sub in subcommands:
                results.append(await handle(sub, store, log))
            return " | ".join(results)
        case (name, *args):
            log.append(name)
            return f"unknown {name} with {len(args)} args"
        case _:
            return f"malformed {cmd!r}"


async def server(q, store, log):
    while (cmd := await q.get()) is not None:
        print(await handle(cmd, store, log))


async def main():
    store, log = {}, []
    q = asyncio.Queue()
    task = asyncio.create_task(server(q, store, log))
    commands = [
        ("set", "a", 1), ("get", "a"), ("get", "zz"), ("incr", "a", 4),
        ("incr", "b", 2.5), ("set", 3, "x"), ("sleep", 2), ("del",),
        ("batch", [("set", "c", [1, 2]), ("get", "c"), ("incr", "c", "x")]),
        ("del", "a", "nope", "c"), "ping", ("frob", 1, 2, 3), (), 42,
    ]
    for c in commands:
        await q.put(c)
    await q.put(None)
    await task
    print(sorted(store.items()))
    print(log)


asyncio.run(main())
