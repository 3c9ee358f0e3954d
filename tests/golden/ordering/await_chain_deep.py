import asyncio

async def depth(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await depth(n - 1)

async def main():
    print(await depth(900))
    try:
        await depth(100000)
    except RecursionError as e:
        print("too deep:", e)

asyncio.run(main())
