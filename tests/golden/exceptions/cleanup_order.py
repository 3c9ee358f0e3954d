# The order of except/else/finally across nested calls and tasks: finally running on return
# and on break/continue, a return in finally swallowing an exception, an exception raised in
# finally replacing the original, and a cancelled task cleaning up in finally.
import asyncio

log = []


def step(name, fail=False):
    try:
        log.append(f"try {name}")
        if fail:
            raise ValueError(name)
        return f"ret {name}"
    except ValueError as e:
        log.append(f"except {e}")
        raise
    else:
        log.append("else (never reached after return)")
    finally:
        log.append(f"finally {name}")


def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"


def replace():
    try:
        raise KeyError("original")
    finally:
        raise RuntimeError("from finally")


def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    else:
        out.append("no break")
    return out


async def worker(name, started):
    try:
        started.set()
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        await asyncio.sleep(0)
        log.append(f"{name} cleanup")


async def main():
    print(step("a"))
    try:
        step("b", fail=True)
    except ValueError:
        pass
    print(log)
    log.clear()
    print(swallow(), loop_with_finally())
    try:
        replace()
    except RuntimeError as e:
        print(repr(e), "context:", repr(e.__context__))
    started = asyncio.Event()
    t = asyncio.create_task(worker("w1", started))
    await started.wait()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel", t.cancelled(), log)
    try:
        await asyncio.wait_for(worker("w2", asyncio.Event()), 0.01)
    except TimeoutError as e:
        print("timeout:", type(e).__name__, type(e.__context__).__name__, log)
    try:
        pass
    except Exception:
        print("not here")
    else:
        print("else ran")
    finally:
        print("finally ran")


asyncio.run(main())
