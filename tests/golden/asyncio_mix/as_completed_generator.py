# asyncio.as_completed is a generator: its body runs from the first next(), one _wait_for_one() per next().
import asyncio


async def job(n):
    await asyncio.sleep(n / 25)
    return n


async def main():
    it = asyncio.as_completed([job(3), job(1), job(2)])
    print(type(it).__name__)
    print("first:", await next(it))
    for fut in asyncio.as_completed([job(2), job(1)]):
        print("only:", await fut)
        break
    results = [await f for f in asyncio.as_completed([job(3), job(1), job(2)])]
    print(results)
    try:
        for f in asyncio.as_completed([job(5)], timeout=0.01):
            await f
    except asyncio.TimeoutError:
        print("timeout")
    gen = asyncio.as_completed(asyncio.get_running_loop().create_future())
    try:
        next(gen)
    except TypeError as e:
        print(e)
    await asyncio.sleep(0.25)


asyncio.run(main())
