# The built-in exception classes: OSError's errno forms and subclasses, groups as
# Exceptions, the rarer classes of the hierarchy.
import asyncio


def open_config(path):
    raise OSError(2, "No such file or directory", path)


async def main():
    try:
        open_config("settings.toml")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
        print(str(e))
    e = OSError(13, "Permission denied", "a.txt", None, "b.txt")
    print(type(e).__name__, e.filename2, str(e), repr(e))
    print(repr(OSError(2, "msg")), str(OSError("plain")), OSError("plain").errno)
    for code in (17, 32, 104, 110, 999):
        print(code, type(OSError(code, "x")).__name__)

    class BatchFailed(ExceptionGroup):
        pass

    try:
        raise BatchFailed("batch", [ValueError(1), KeyError("k")])
    except Exception as g:
        print("caught", type(g).__name__, g.exceptions, str(g))
    for cls in (SystemError, TabError, ModuleNotFoundError, StopAsyncIteration, UnicodeDecodeError,
                BlockingIOError, UserWarning, ResourceWarning):
        print(cls.__name__, [c.__name__ for c in cls.__mro__])
    print(issubclass(ExceptionGroup, Exception), EnvironmentError is OSError, IOError is OSError)
    try:
        raise SystemError("internal")
    except Exception as e:
        print(repr(e))


asyncio.run(main())
