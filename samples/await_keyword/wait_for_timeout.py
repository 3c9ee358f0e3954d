import asyncio

async def slow():
    await asyncio.sleep(5)
    return "finished"

async def main():
    try:
        result = await asyncio.wait_for(slow(), timeout=1.0)
        print(result)
    except asyncio.TimeoutError:
        print("timed out")

asyncio.run(main())
# output: timed out
