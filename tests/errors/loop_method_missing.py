# expect: 12:24: 'event loop method run_in_executor()' is not supported by aiocc
import asyncio


class Pool:
    def submit(self, fn):
        return fn()


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, sum, [1, 2]))

asyncio.run(main())
