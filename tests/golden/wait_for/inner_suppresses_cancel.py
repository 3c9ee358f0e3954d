import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring cancellation")
    await asyncio.sleep(0.01)
    return "finished anyway"

async def main():
    r = await asyncio.wait_for(stubborn(), 0.01)
    print("got", r)

asyncio.run(main())
