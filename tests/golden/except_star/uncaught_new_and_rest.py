# An except* clause raises a new exception while another part stays unhandled: the two are
# raised together in a new group (empty message) whose traceback the interpreter prints,
# nested group and context included.
import asyncio


async def main():
    print("raising")
    try:
        raise ExceptionGroup("outer", [
            ValueError("v"),
            ExceptionGroup("inner", [TypeError("t"), OSError("os error")]),
        ])
    except* ValueError as eg:
        print("in ValueError clause:", repr(eg))
        raise RuntimeError("handler failed")
    except* TypeError as eg:
        print("in TypeError clause:", repr(eg))


asyncio.run(main())
