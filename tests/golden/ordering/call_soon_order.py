import asyncio

def cb(tag, log):
    log.append(tag)
    print("callback", tag)

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(cb, "first", log)
    loop.call_soon(cb, "second", log)
    loop.call_later(0.01, cb, "later", log)
    h = loop.call_soon(cb, "cancelled", log)
    h.cancel()
    print("scheduled")
    await asyncio.sleep(0.02)
    print(log)

asyncio.run(main())
