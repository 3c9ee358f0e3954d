async def relay(source):
    yield 0
    yield from source
