# expect: 3:18: 'asynchronous generator expression' is not supported by aiocc
async def f(items):
    return sum(x async for x in items)
