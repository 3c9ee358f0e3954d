# expect: 3:5: 'async generator' is not supported by aiocc
async def ticks():
    yield 1
