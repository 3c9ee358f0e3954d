import asyncio
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
async def main():
    g = agen()
    print(await g.aclose(), await g.aclose())
    try: print(await g.__anext__())
    except StopAsyncIteration as e: print("SAI", repr(e))
    g = agen()
    print(await g.__anext__())
    print(await g.aclose(), await g.aclose())
    try: print(await g.asend(None))
    except StopAsyncIteration as e: print("SAI", repr(e))
    g = agen()
    try: await g.athrow(ValueError("x"))
    except ValueError as e: print("VE", e)
    try: print(await g.__anext__())
    except StopAsyncIteration as e: print("SAI2", repr(e))
    g = agen()
    a = g.__anext__()
    print(await a)
    try: await a
    except RuntimeError as e: print(e)
    try: await g.asend(5)
    except Exception as e: print(type(e), e)
    print(g.ag_running, g.ag_await, g.__name__, g.__qualname__, type(g), type(a), type(g.aclose()))
    print(await g.athrow(GeneratorExit) if False else "")
    try: print(await g.athrow(KeyError))
    except KeyError as e: print("KE", repr(e))
    try: print(await g.athrow(KeyError))
    except BaseException as e: print("after", repr(e))
asyncio.run(main())
