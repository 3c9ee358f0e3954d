import asyncio

async def find(items, target):
    for i, item in enumerate(items):
        try:
            await asyncio.sleep(0)
            if item == target:
                return i
            if item is None:
                break
        finally:
            print("checked", item)
    return -1

async def main():
    print(await find(["a", "b", "c"], "b"))
    print(await find(["a", None, "c"], "c"))

asyncio.run(main())
