import asyncio

async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cancelled at shutdown")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    print("main returns")

asyncio.run(main())
print("after run")
