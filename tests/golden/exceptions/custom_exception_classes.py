import asyncio

class RetryableError(Exception):
    pass

class FatalError(RuntimeError):
    "Something unrecoverable."

async def op(n):
    await asyncio.sleep(0)
    if n == 1:
        raise RetryableError(f"try again {n}")
    if n == 2:
        raise FatalError("boom")
    return n

async def main():
    results = await asyncio.gather(*(op(i) for i in range(3)), return_exceptions=True)
    for r in results:
        if isinstance(r, RetryableError):
            print("retry:", r)
        elif isinstance(r, Exception):
            print("fatal:", type(r).__name__, r, isinstance(r, RuntimeError))
        else:
            print("ok:", r)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(op(2))
    except ExceptionGroup as eg:
        print("group of", [type(e).__name__ for e in eg.exceptions])

asyncio.run(main())
