# A naked exception that no except* clause matches propagates unchanged (not wrapped);
# caught outside it is the same object; then uncaught it prints a plain traceback.
import asyncio


def risky(exc):
    try:
        raise exc
    except* (ValueError, TypeError) as eg:
        print("  matched:", repr(eg))


async def main():
    original = KeyError("lost")
    try:
        risky(original)
    except KeyError as e:
        print("outside:", repr(e), e is original, type(e).__name__)
    try:
        risky(ExceptionGroup("g", [KeyError("in group")]))
    except ExceptionGroup as e:
        print("group outside:", repr(e))
    try:
        risky(ExceptionGroup("g", [TypeError("t"), KeyError("k")]))
    except ExceptionGroup as e:
        print("rest outside:", repr(e))
    risky(TypeError("handled"))
    print("now uncaught:")
    risky(LookupError("final"))


asyncio.run(main())
