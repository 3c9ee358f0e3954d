# The seed's Futures fragment, made runnable: a function that returns a future resolved by a
# loop callback, and a plain coroutine, awaited directly and through gather().
import asyncio

def function_that_returns_a_future_object():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future result")
    return fut

async def some_python_coroutine():
    await asyncio.sleep(0)
    return "coroutine result"

async def main():
    print(await function_that_returns_a_future_object())
    # this is also valid:
    results = await asyncio.gather(
        function_that_returns_a_future_object(),
        some_python_coroutine()
    )
    print(results)

asyncio.run(main())
