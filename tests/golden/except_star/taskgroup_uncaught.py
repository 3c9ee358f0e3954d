# A TaskGroup's ExceptionGroup is only partly handled by except*: the rest reaches
# asyncio.run and the interpreter prints the group's traceback (tasks' frames in the boxes).
import asyncio


async def fetch(name, fail):
    await asyncio.sleep(0)
    if fail == "value":
        raise ValueError(f"{name}: bad payload")
    if fail == "type":
        raise TypeError(f"{name}: wrong type")
    print(f"{name} ok")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("one", None))
            tg.create_task(fetch("two", "value"))
            tg.create_task(fetch("three", "type"))
    except* ValueError as eg:
        print("handled:", repr(eg))
    print("not reached")


asyncio.run(main())
