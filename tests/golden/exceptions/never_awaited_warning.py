import asyncio

async def helper(n):
    return n

async def main():
    for i in range(3):
        helper(i)
    x = helper(9)
    x = None
    print("done")

asyncio.run(main())
