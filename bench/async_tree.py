# An async tree: every inner node gathers BRANCH child tasks and sums their results; each
# leaf yields once to the loop and does a little integer arithmetic.
# ops: 97656 nodes
import asyncio

BRANCH = 5
DEPTH = 7


async def node(depth, ident):
    if depth == 0:
        await asyncio.sleep(0)
        return (ident * 7 + 3) % 1009
    results = await asyncio.gather(*[node(depth - 1, ident * BRANCH + k) for k in range(BRANCH)])
    total = 0
    for r in results:
        total += r
    return total % 1000003 + depth


async def main():
    print(await node(DEPTH, 0))


asyncio.run(main())
