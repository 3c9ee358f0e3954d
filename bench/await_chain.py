# 100,000 chains of awaits, each 100 coroutines deep: depth(n) awaits depth(n - 1) down to 0.
# Measures the cost of a plain coroutine await (no task switch) through a deep stack.
# ops: 10100000 awaits
import asyncio

CHAINS = 100000
DEPTH = 100


async def depth(n, seed):
    if n == 0:
        return seed
    r = await depth(n - 1, seed)
    return (r * 3 + n) % 1000003


async def main():
    total = 0
    for i in range(CHAINS):
        total += await depth(DEPTH, i)
    print(total)


asyncio.run(main())
