import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
trail = contextvars.ContextVar("trail")
log_lines = []


def log(msg):
    line = f"[{request_id.get()}] {msg}"
    log_lines.append(line)
    print(line)


async def fetch_user(uid, delay):
    log(f"fetching user {uid}")
    await asyncio.sleep(delay)
    trail.get().append(f"user{uid}")
    log(f"got user {uid}")
    return {"id": uid, "name": f"user{uid}"}


async def handler(rid, uid, delay):
    request_id.set(rid)
    log("start")
    user = await fetch_user(uid, delay)
    await asyncio.sleep(delay / 2)
    log(f"respond {user['name']}")
    return rid, user["name"]


async def main():
    shared = []
    trail.set(shared)
    log("server up")
    jobs = [("req-1", 7, 0.2), ("req-2", 8, 0.02), ("req-3", 9, 0.08)]
    tasks = [asyncio.create_task(handler(*job)) for job in jobs]
    log("dispatched")
    done = await asyncio.gather(*tasks)
    log(f"all done: {done}")
    print("shared trail (one list for every task):", shared)
    print("same object:", trail.get() is shared)

    # Rebinding in a task does not leak; mutating does.
    async def rebinds():
        trail.set(["private"])
        trail.get().append("only-here")
        return trail.get()

    async def mutates():
        trail.get().append("from-mutates")
        return len(trail.get())

    print(await asyncio.create_task(rebinds()))
    print(await asyncio.create_task(mutates()))
    print("trail after:", trail.get())
    log("shutting down")


asyncio.run(main())
print(len(log_lines), "lines logged")
print([l for l in log_lines if l.startswith("[req-2]")])
print("outside:", request_id.get())
