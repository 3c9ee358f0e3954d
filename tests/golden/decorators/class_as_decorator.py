# A decorator written as a class with __call__, with and without arguments.
import asyncio


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
        self.__name__ = fn.__name__

    def __call__(self, *args, **kwargs):
        self.count += 1
        print(f"call #{self.count} of {self.__name__}")
        return self.fn(*args, **kwargs)


class RateLimit:
    def __init__(self, per_round):
        self.per_round = per_round
        self.used = 0

    def reset(self):
        self.used = 0

    def __call__(self, fn):
        limiter = self

        async def wrapper(*args):
            while limiter.used >= limiter.per_round:
                await asyncio.sleep(0)
            limiter.used += 1
            return await fn(*args)
        wrapper.limiter = limiter
        return wrapper


@CountCalls
def hello(name):
    return f"hello {name}"


limit = RateLimit(2)


@limit
async def request(n):
    await asyncio.sleep(0)
    return f"req{n}"


async def refill(rounds):
    for r in range(rounds):
        await asyncio.sleep(0)
        print(f"refill {r}, used was {limit.used}")
        limit.reset()


async def main():
    print(hello("ann"), hello("bob"))
    print(hello.count, type(hello).__name__, hello.__name__)
    results = await asyncio.gather(*(request(i) for i in range(5)), refill(4))
    print(results[:5], request.limiter is limit)


asyncio.run(main())
