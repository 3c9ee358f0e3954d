# Queue.join and task_done: join returns at once on a fresh queue, waits for every
# task_done, unfinished count in str, several joiners woken together, and join again.
import asyncio


async def joiner(q, name, log):
    log.append(f"{name} joining")
    await q.join()
    log.append(f"{name} joined")


async def main():
    q = asyncio.Queue()
    await q.join()
    print("fresh join returned at once:", str(q))
    log = []
    for i in range(3):
        q.put_nowait(i)
    print("after puts:", str(q))
    joiners = [asyncio.create_task(joiner(q, n, log)) for n in ("j1", "j2")]
    await asyncio.sleep(0)
    for step in range(3):
        item = q.get_nowait()
        log.append(f"got {item}, str={q}")
        await asyncio.sleep(0)
        q.task_done()
        log.append(f"task_done {item}, str={q}")
        await asyncio.sleep(0)
    await asyncio.gather(*joiners)
    for line in log:
        print(" ", line)
    print("end:", str(q))
    await q.join()
    print("join again: immediate")
    q.put_nowait("late")
    q.get_nowait()
    print("got but not done:", str(q))
    t = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print("join pending:", t.done())
    q.task_done()
    await asyncio.sleep(0)
    print("join done:", t.done(), t.result())


asyncio.run(main())
