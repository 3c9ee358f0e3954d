import asyncio

async def important():
    await asyncio.sleep(0.1)
    print("important work done")
    return "saved"

async def caller(inner):
    return await asyncio.shield(inner)

async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("caller was cancelled")
    print("inner done?", inner.done())
    print(await inner)

asyncio.run(main())
