# The traceback module over deep recursion with limits, a library module's frames (json),
# carets of multi-line expressions and subscripts, chained contexts, and tasks: exceptions
# returned by gather, print_stack inside a task (asyncio's frames), wait_for's timeout chain.
import asyncio
import json
import sys
import traceback


def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    return deep(n - 1)


try:
    deep(6)
except RuntimeError:
    traceback.print_exc(limit=2, file=sys.stdout)
    traceback.print_exc(limit=-2, file=sys.stdout)
    print("".join(traceback.format_exc()))

try:
    json.loads("{bad")
except json.JSONDecodeError:
    traceback.print_exc(file=sys.stdout)

try:
    value = (1 +
             None)
except TypeError:
    traceback.print_exc(file=sys.stdout)

try:
    d = {}
    d["a"]["b"]    
except KeyError:
    traceback.print_exc(file=sys.stdout)

try:
    raise SyntaxError("bad thing", ("f.py", 3, 5, "  x = = 1\n", 3, 8))
except SyntaxError:
    traceback.print_exc(file=sys.stdout)

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(file=sys.stdout, chain=False)


async def worker(i):
    await asyncio.sleep(0.01)
    if i == 2:
        raise LookupError(f"worker {i}")
    return i


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(3)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        if isinstance(r, BaseException):
            print("".join(traceback.format_exception(r)), end="")
    try:
        await worker(2)
    except LookupError:
        traceback.print_exc(file=sys.stdout)
    traceback.print_stack(file=sys.stdout)
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except TimeoutError:
        traceback.print_exc(file=sys.stdout)


asyncio.run(main())
