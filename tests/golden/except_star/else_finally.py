# except* with else and finally: else runs only without an exception, finally always, in
# order with the clauses; return values through finally; except* inside a loop.
import asyncio


def run(exc, log):
    try:
        log.append("try")
        if exc is not None:
            raise exc
    except* ValueError as eg:
        log.append(f"ValueError x{len(eg.exceptions)}")
    except* KeyError as eg:
        log.append(f"KeyError x{len(eg.exceptions)}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "returned"


async def main():
    for exc in (None, ValueError(1), ExceptionGroup("g", [KeyError(1), ValueError(2), KeyError(3)]),
                ExceptionGroup("g", [KeyError(1), OSError(2)])):
        log = []
        try:
            r = run(exc, log)
        except ExceptionGroup as e:
            r = f"escaped {e!r}"
        print(log, "->", r)
    total = []
    for i in range(4):
        try:
            if i % 2:
                raise ExceptionGroup(f"round {i}", [ValueError(i)] * i)
        except* ValueError as eg:
            total.append((eg.message, len(eg.exceptions)))
        else:
            total.append(("clean", i))
        finally:
            total.append("f")
    print(total)

    async def inner(fail):
        try:
            await asyncio.sleep(0)
            if fail:
                raise ExceptionGroup("async", [TypeError("t")])
        except* TypeError:
            print("  async handler")
        else:
            print("  async else")
        finally:
            print("  async finally")
        return fail
    print(await inner(True), await inner(False))


asyncio.run(main())
