# Warnings the runtime itself issues (a coroutine never awaited, NotImplemented in a boolean
# context) go through the warnings module's filters once it is imported; logging.captureWarnings
# sends warnings to the "py.warnings" logger; a library's warning (re) names its caller.
import asyncio
import logging
import re
import sys
import warnings


async def fetch(n):
    await asyncio.sleep(0)
    return n


def forget():
    fetch(1)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    forget()
    flag = bool(NotImplemented)
    re.compile("[[a]")
for w in log:
    print(w.category.__name__, "|", w.message, "|", w.lineno, "|", w.source is not None)

with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print("raised:", e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    forget()
print("ignored")

logging.basicConfig(stream=sys.stdout, format="%(name)s %(levelname)s %(message)s")
logging.captureWarnings(True)
warnings.warn("captured by logging")
warnings.warn("to a file", stacklevel=1)
warnings.showwarning("explicit file", UserWarning, "x.py", 3, file=sys.stdout)
logging.captureWarnings(False)
warnings.warn("back on stderr")


async def worker(i):
    await asyncio.sleep(0)
    if i % 2:
        warnings.warn(f"odd worker {i}", RuntimeWarning, stacklevel=2)
    return i


async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        results = await asyncio.gather(*(worker(i) for i in range(4)))
    print(results, [(w.message.args[0], w.lineno) for w in caught])
    await worker(3)
    await worker(3)


asyncio.run(main())
