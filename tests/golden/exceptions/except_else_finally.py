import asyncio

async def attempt(n):
    try:
        await asyncio.sleep(0)
        if n % 2:
            raise ValueError(n)
    except ValueError as e:
        print("except", e)
        return "error"
    else:
        print("else", n)
        return "ok"
    finally:
        print("finally", n)

async def main():
    for i in range(3):
        print(await attempt(i))

asyncio.run(main())
