# The part of a group that no except* clause matched propagates; nothing catches it, so the
# interpreter prints the ExceptionGroup traceback (the boxed sub-exceptions) and exits 1.
import asyncio


async def check(n):
    await asyncio.sleep(0)
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    if n % 3 == 1:
        raise KeyError(n)
    return n


async def main():
    errors = []
    for n in range(5):
        try:
            print("ok", await check(n))
        except Exception as e:
            errors.append(e)
    print("collected:", [repr(e) for e in errors])
    try:
        raise ExceptionGroup("checks failed", errors)
    except* ValueError as eg:
        print("handled values:", repr(eg))
    print("not reached")


asyncio.run(main())
