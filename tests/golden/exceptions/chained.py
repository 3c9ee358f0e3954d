import asyncio

async def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e

async def main():
    print(await load("a"))
    await load("zzz")

asyncio.run(main())
