import asyncio

async def critical():
    await asyncio.sleep(3)
    return "critical done"

async def main():
    task = asyncio.create_task(critical())
    try:
        result = await asyncio.wait_for(asyncio.shield(task), timeout=1.0)
        print(result)
    except asyncio.TimeoutError:
        print("shielded task still running in background")
        await task  # wait for it to finish properly

asyncio.run(main())
# output: shielded task still running in background
# (after ~3s): task completes
