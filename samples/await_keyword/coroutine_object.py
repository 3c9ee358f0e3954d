# The seed's coroutine fragment inside an async main so it can run.
import asyncio

async def get_data():
    return "data"

async def main():
    coro = get_data()       # coroutine object — not yet running
    result = await coro      # executes get_data(), returns "data"
    print(result)

asyncio.run(main())
