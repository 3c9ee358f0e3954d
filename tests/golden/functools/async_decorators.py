# wraps-based decorators on sync and async functions: timing-free call counting, retry, validation.
import asyncio
import functools

calls = []


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.count += 1
        calls.append(f"{fn.__name__}#{wrapper.count}")
        return fn(*args, **kwargs)
    wrapper.count = 0
    return wrapper


def retry(times, exceptions=(Exception,)):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  {fn.__qualname__} attempt {attempt} failed: {e!r}")
                    await asyncio.sleep(0)
            raise RuntimeError(f"{fn.__name__} gave up after {times}")
        return wrapper
    return decorate


@counted
def add(a, b=1):
    """Add two numbers."""
    return a + b


class Service:
    def __init__(self, fail_times):
        self.fail_times = fail_times

    @retry(3, exceptions=(TimeoutError, KeyError))
    async def fetch(self, key):
        """Fetch a key, failing a few times first."""
        if self.fail_times > 0:
            self.fail_times -= 1
            raise TimeoutError(f"slow {key}")
        return key.upper()


async def main():
    print(add(2), add(2, b=5), add.count, add.__name__, add.__doc__)
    print(add.__wrapped__(10), add.count)
    print(Service.fetch.__name__, Service.fetch.__qualname__, Service.fetch.__doc__)
    print(await Service(2).fetch("alpha"))
    try:
        await Service(5).fetch("beta")
    except RuntimeError as e:
        print("RuntimeError:", e)
    results = await asyncio.gather(Service(1).fetch("x"), Service(0).fetch("y"))
    print(results, calls)
    print(sorted(k for k in vars(add) if not k.startswith("__")), "__wrapped__" in vars(Service.fetch))


asyncio.run(main())
