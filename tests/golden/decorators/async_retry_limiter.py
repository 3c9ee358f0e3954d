# An async decorator with arguments: retry with attempt counting, plus a semaphore limiter.
import asyncio
import functools


def async_retry(times):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except ConnectionError as e:
                    last = e
                    print(f"{fn.__name__}{args} attempt {attempt}: {e}")
                    await asyncio.sleep(0)
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        return wrapper
    return decorate


def limited(sem_holder):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            async with sem_holder["sem"]:
                sem_holder["active"] += 1
                print(f"enter {args[0]} active={sem_holder['active']}")
                try:
                    return await fn(*args, **kwargs)
                finally:
                    sem_holder["active"] -= 1
        return wrapper
    return decorate


state = {"sem": None, "active": 0}
failures = {"a": 1, "b": 0, "c": 3, "d": 2}


@limited(state)
@async_retry(times=3)
async def call_service(name):
    await asyncio.sleep(0)
    if failures[name] > 0:
        failures[name] -= 1
        raise ConnectionError(f"{name} refused")
    return name.upper()


async def main():
    state["sem"] = asyncio.Semaphore(2)
    results = await asyncio.gather(*(call_service(n) for n in "abcd"), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print(type(r).__name__, r, "| cause:", repr(r.__cause__))
        else:
            print("ok", r)
    print(call_service.__name__, call_service.__wrapped__.__name__, state["active"])


asyncio.run(main())
