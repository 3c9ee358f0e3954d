# An uncaught TypeError from a bad call inside a coroutine ends the program with a traceback.
import asyncio


def configure(name, *, level):
    return f"{name}:{level}"


async def setup(names):
    out = []
    for n in names:
        await asyncio.sleep(0)
        out.append(configure(n, level=len(n)))
        print("configured", out[-1])
    out.append(configure("broken", 3))
    return out


async def main():
    print("start")
    await setup(["web", "db"])
    print("not reached")


asyncio.run(main())
