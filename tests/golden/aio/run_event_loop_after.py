import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print("inside", loop is asyncio.get_event_loop())
    return loop


loop = asyncio.run(main())
print(loop.is_closed(), loop.is_running())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
print(new.run_until_complete(asyncio.sleep(0, "done")))
new.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
asyncio.run(42)
