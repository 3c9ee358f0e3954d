# Start-up cost: import asyncio, run an event loop around one coroutine that prints a line.
# ops: 1 run
import asyncio


async def main():
    print("hello from asyncio")


asyncio.run(main())
