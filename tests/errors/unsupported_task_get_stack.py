# expect: 5:11: 'Task method get_stack()' is not supported by aiocc
import asyncio

async def main():
    print(asyncio.current_task().get_stack())

asyncio.run(main())
