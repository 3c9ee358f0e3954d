# contextlib in an asyncio program: a @contextmanager timer around awaits in several tasks,
# ExitStack collecting per-task cleanup, nullcontext as an async context manager, and the
# AbstractContextManager checks.
import asyncio
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext

log = []


@contextmanager
def section(name):
    log.append(f"start {name}")
    try:
        yield name
    except asyncio.CancelledError:
        log.append(f"cancelled {name}")
        raise
    finally:
        log.append(f"end {name}")


async def worker(name, delay, stack):
    with section(name) as n:
        stack.callback(log.append, f"cleanup {n}")
        await asyncio.sleep(delay)
        return n * 2


async def main():
    with ExitStack() as stack:
        results = await asyncio.gather(worker("a", 0, stack), worker("b", 0.001, stack))
        print(results)
    task = asyncio.create_task(worker("c", 1, ExitStack()))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("c cancelled")
    async with nullcontext("async value") as v:
        print(v)
    print(log)


asyncio.run(main())


class Manual:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class NotOne:
    def __enter__(self):
        return self


print(isinstance(Manual(), AbstractContextManager), issubclass(NotOne, AbstractContextManager))
print(isinstance(nullcontext(), AbstractContextManager), issubclass(ExitStack, AbstractContextManager))
