# aiocc's own modules as values (once refused as 'module object used as a value'): printed,
# passed around, read with getattr/hasattr, compared; a name CPython's module lacks is its
# AttributeError.
import asyncio
import math
import sys
import time as clock


def lookup(module, name, default="absent"):
    return getattr(module, name, default)


print(asyncio)
print(clock, clock.__name__, math.__name__)
print(type(math).__name__, math is math, math == clock)
print(lookup(math, "sqrt")(2.25), lookup(math, "nope"), hasattr(math, "tau"), hasattr(math, "Tau"))
table = {name: getattr(math, name) for name in ("floor", "ceil", "trunc")}
print({name: f(-2.5) for name, f in table.items()})
print(lookup(asyncio, "sleep") is asyncio.sleep, callable(lookup(sys, "exit")))
for module in (math, clock):
    print(module.__name__, hasattr(module, "sleep"))
try:
    math.Pi
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is math)
