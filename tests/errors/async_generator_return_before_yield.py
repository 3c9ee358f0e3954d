async def early():
    return 5
    yield
