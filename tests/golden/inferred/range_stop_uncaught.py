# A counted range loop whose stop is not an int: range()'s TypeError, with the call's carets.
import asyncio


def total(stop):
    s = 0
    for i in range(1, stop):
        s += i * i
    return s


async def main():
    print(total(5))
    print(total(2.5))


asyncio.run(main())
