# Stacks inside coroutines awaited by others: print_stack, logging's stack_info and
# stacklevel, and warnings' stacklevel follow the awaiting frames, then asyncio's.
import asyncio
import logging
import sys
import traceback
import warnings

logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d %(message)s")


async def leaf(n):
    await asyncio.sleep(0)
    traceback.print_stack(file=sys.stdout)
    logging.warning("leaf %d", n, stack_info=True)
    logging.warning("leaf caller", stacklevel=2)
    warnings.warn("leaf warning", stacklevel=2)
    warnings.warn("leaf warning 3", stacklevel=3)
    return n


async def middle(n):
    return await leaf(n) + 1


async def top():
    r = await middle(1)
    t = asyncio.create_task(middle(2))
    return r + await t


print(asyncio.run(top()))
