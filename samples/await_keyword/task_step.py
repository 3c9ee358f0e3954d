import asyncio

async def step(n):
    await asyncio.sleep(n * 0.1)
    return n * 10

async def main():
    task = asyncio.create_task(step(2))
    result = await task   # waits for this specific task
    print(result)

asyncio.run(main())
# output: 20
