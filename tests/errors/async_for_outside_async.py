def f(items):
    async for x in items:
        pass
