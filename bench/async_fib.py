# Recursive async Fibonacci: fib(n) awaits fib(n - 1) and fib(n - 2). Many short coroutine
# calls with no suspension.
# ops: 18454929 calls
import asyncio

N = 34


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def main():
    print(f"fib({N}) = {await fib(N)}")


asyncio.run(main())
