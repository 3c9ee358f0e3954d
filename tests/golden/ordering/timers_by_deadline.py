import asyncio

async def sleeper(label, delay):
    await asyncio.sleep(delay)
    print("woke", label, delay)

async def main():
    tasks = [asyncio.create_task(sleeper(i, d)) for i, d in enumerate([0.2, 0.04, 0.12, 0.08, 0.16])]
    for t in tasks:
        await t
    print("all done")

asyncio.run(main())
