import asyncio

async def main():
    await asyncio.sleep(0.01)
    print("hi")
    return 5

loop = asyncio.get_event_loop()
print(loop.run_until_complete(main()))
loop.close()
