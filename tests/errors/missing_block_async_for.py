async def main(xs):
    async for x in xs:
    print(x)
