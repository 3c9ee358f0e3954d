import asyncio

async def sleeper(label, delay):
    await asyncio.sleep(delay)
    print("woke", label, delay)

async def main():
    tasks = [asyncio.create_task(sleeper(i, d)) for i, d in enumerate([0.05, 0.01, 0.03, 0.02, 0.04])]
    for t in tasks:
        await t
    print("all done")

asyncio.run(main())
