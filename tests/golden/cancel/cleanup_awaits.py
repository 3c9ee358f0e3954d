import asyncio

async def cleanup(name):
    await asyncio.sleep(0.01)
    print("cleaned up", name)

async def service(name):
    try:
        while True:
            await asyncio.sleep(0.005)
    except asyncio.CancelledError:
        await cleanup(name)
        raise
    finally:
        await asyncio.sleep(0)
        print("finally after await", name)

async def main():
    s = asyncio.create_task(service("db"))
    await asyncio.sleep(0.02)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("service stopped")

asyncio.run(main())
