"""Deploying services with TaskGroup: failures cancel siblings, cleanup runs, groups are inspected."""
import asyncio


class DeployError(Exception):
    def __init__(self, service, reason):
        super().__init__(f"{service}: {reason}")
        self.service = service


async def deploy(name, steps, fail_at=None, log=None, step=0.05):
    done = 0
    try:
        for i in range(steps):
            await asyncio.sleep(step)
            if i == fail_at:
                raise DeployError(name, f"step {i} failed")
            done += 1
        log.append(f"{name} ok ({done} steps)")
        return name, done
    except asyncio.CancelledError:
        log.append(f"{name} cancelled after {done} steps")
        await asyncio.sleep(0)
        log.append(f"{name} rolled back")
        raise
    finally:
        log.append(f"{name} finally")


async def healthcheck(name, delay, ok=True):
    await asyncio.sleep(delay)
    if not ok:
        raise ConnectionError(f"{name} health check failed")
    return f"{name} healthy"


async def wave(title, specs):
    log = []
    print(f"== {title}")
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = {name: tg.create_task(deploy(name, steps, fail_at, log, step), name=f"deploy-{name}")
                     for name, steps, fail_at, step in specs}
        print("all done:", [tasks[n].result() for n in tasks])
    except* DeployError as eg:
        print("deploy errors:", [str(e) for e in eg.exceptions])
        for name, t in tasks.items():
            print(f"  {name}: cancelled={t.cancelled()} done={t.done()}")
    for line in log:
        print("   ", line)


async def main():
    await wave("wave 1", [("api", 2, None, 0.05), ("web", 3, None, 0.07)])
    await wave("wave 2", [("db", 4, None, 0.08), ("cache", 2, 1, 0.06)])
    await wave("wave 3", [("a", 2, 1, 0.06), ("b", 2, 1, 0.08)])

    print("== nested groups")
    results = []
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(healthcheck("edge", 0.02))
            async def region(r, ok, base):
                async with asyncio.TaskGroup() as inner:
                    for i in range(2):
                        inner.create_task(healthcheck(f"{r}-{i}", base + 0.03 * i, ok or i == 0))
                results.append(f"{r} fine")
            outer.create_task(region("eu", True, 0.04))
            outer.create_task(region("us", False, 0.08))
    except* ConnectionError as eg:
        print("connection errors:", eg.exceptions[0].exceptions if isinstance(eg.exceptions[0], ExceptionGroup) else eg.exceptions)
        print("group message:", repr(eg.message), len(eg.exceptions))
    print("results:", results)

    print("== split and subgroup")
    eg = ExceptionGroup("mixed", [DeployError("x", "bad"), ConnectionError("down"),
                                  ExceptionGroup("inner", [DeployError("y", "worse"), KeyError("k")])])
    match_, rest = eg.split(DeployError)
    print(repr(match_))
    print(repr(rest))
    print(eg.subgroup(lambda e: isinstance(e, KeyError)))
    print([type(e).__name__ for e in eg.exceptions], eg.derive([ValueError("v")]).message)

    print("== gather vs taskgroup on error")
    log = []
    res = await asyncio.gather(deploy("g1", 1, None, log), deploy("g2", 2, 0, log, 0.1), return_exceptions=True)
    print([r if isinstance(r, tuple) else repr(r) for r in res], log)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(healthcheck("final-a", 0.02))
        tg.create_task(healthcheck("final-b", 0.06, ok=False))
        tg.create_task(deploy("final-c", 1, 0, [], 0.1))


asyncio.run(main())
