# Decorators for async functions: a concurrency limiter built on asyncio.Semaphore, a timeout
# decorator with wait_for, and a stats decorator, all preserving metadata with functools.wraps.
import asyncio
import functools


def limit(n):
    def deco(fn):
        sem = asyncio.Semaphore(n)
        active = 0
        peak = 0

        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            nonlocal active, peak
            async with sem:
                active += 1
                peak = max(peak, active)
                try:
                    return await fn(*args, **kwargs)
                finally:
                    active -= 1

        wrapper.peak = lambda: peak
        return wrapper
    return deco


def timeout(seconds, default=None):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            try:
                return await asyncio.wait_for(fn(*args, **kwargs), seconds)
            except TimeoutError:
                print(f"  {fn.__name__}{args} timed out")
                return default
        return wrapper
    return deco


def stats(fn):
    calls = []

    @functools.wraps(fn)
    async def wrapper(*args):
        result = await fn(*args)
        calls.append((args, result))
        return result

    wrapper.calls = calls
    return wrapper


@stats
@limit(2)
async def download(name, steps):
    """Pretend to download a file."""
    for _ in range(steps):
        await asyncio.sleep(0)
    return f"{name}:{steps * 10}kb"


@timeout(0.05, default="fallback")
async def lookup(key, hang=False):
    await asyncio.sleep(10 if hang else 0)
    return key.upper()


async def main():
    files = [("a", 3), ("b", 1), ("c", 2), ("d", 4), ("e", 1)]
    print(await asyncio.gather(*(download(n, s) for n, s in files)))
    print(download.__name__, download.__doc__, download.__wrapped__.__name__, download.__wrapped__.peak())
    print([args for args, _ in download.calls])
    print(await lookup("x"), await lookup("y", True), await lookup("z", hang=False))
    print(lookup.__name__, lookup.__qualname__, hasattr(lookup, "__wrapped__"))


asyncio.run(main())
