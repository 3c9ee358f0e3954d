# TaskGroup whose tasks fail with different exceptions: the siblings still running are
# cancelled, and the group is taken apart with several except* clauses.
import asyncio


async def job(name, steps, exc, log):
    try:
        for i in range(steps):
            await asyncio.sleep(0)
            log.append(f"{name} step {i}")
        if exc is not None:
            log.append(f"{name} raises {exc!r}")
            raise exc
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks.append(tg.create_task(job("a", 1, ValueError("a failed"), log)))
            tasks.append(tg.create_task(job("b", 1, KeyError("b"), log)))
            tasks.append(tg.create_task(job("c", 0, None, log)))
            tasks.append(tg.create_task(job("d", 5, None, log)))
            tasks.append(tg.create_task(job("e", 1, ZeroDivisionError("e"), log)))
    except* ValueError as eg:
        print("ValueError part:", repr(eg))
    except* LookupError as eg:
        print("LookupError part:", repr(eg))
    except* Exception as eg:
        print("other part:", repr(eg), eg.message)
    for line in log:
        print(" ", line)
    print([t.get_name().startswith("Task-") for t in tasks])
    print([("cancelled" if t.cancelled() else repr(t.exception()) if t.exception() else t.result())
           for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("solo", 0, OSError(5, "io"), log))
    except* OSError as eg:
        e = eg.exceptions[0]
        print("solo:", repr(eg), e.errno, e.strerror)


asyncio.run(main())
