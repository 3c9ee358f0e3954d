# repr and str of groups (nested, with notes, with BaseExceptions), and the constructor's
# errors: empty list, non-sequence, non-str message, a BaseException in an ExceptionGroup.
import asyncio


async def main():
    inner = ExceptionGroup("inner", [KeyError("k"), OSError(2, "missing")])
    eg = ExceptionGroup("outer", [ValueError("bad value"), inner, ZeroDivisionError()])
    print(repr(eg))
    print(str(eg))
    print(str(inner), "|", str(ExceptionGroup("one", [ValueError()])))
    print(repr(ExceptionGroup("", [ValueError("")])))
    eg.add_note("note 1")
    print("str with note:", str(eg), eg.__notes__)
    print(repr(BaseExceptionGroup("stop", [SystemExit(3), GeneratorExit()])))
    print(repr(ExceptionGroup("tuple ok", (ValueError(1),))))
    print(eg.args == ("outer", [eg.exceptions[0], inner, eg.exceptions[2]]), type(eg.args[1]).__name__)
    for label, args in (("empty", ("m", [])),
                        ("not a sequence", ("m", ValueError(1))),
                        ("set", ("m", {ValueError(1)})),
                        ("message int", (5, [ValueError(1)])),
                        ("item not exception", ("m", [ValueError(1), "oops"])),
                        ("base in ExceptionGroup", ("m", [KeyboardInterrupt()])),
                        ("one arg", ("m",))):
        try:
            ExceptionGroup(*args)
            print(label, "accepted")
        except Exception as e:
            print(f"{label}: {type(e).__name__}: {e}")
    print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception),
          issubclass(BaseExceptionGroup, Exception))
    print(ExceptionGroup.__mro__[1:] == (BaseExceptionGroup, Exception, BaseException, object))


asyncio.run(main())
