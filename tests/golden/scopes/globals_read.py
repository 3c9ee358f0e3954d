# globals() read in place: a snapshot of the module's names in CPython's order (its own entries,
# then the names bound so far, imports included), for dispatch by name, membership, iteration
# and copies; the module's __doc__ and __file__.
"""Module doc."""
import asyncio
from functools import wraps
counter: int = 0


def handle_start():
    return "started"


def handle_stop():
    return "stopped"


class Plugin:
    pass


def dispatch(command):
    handler = globals().get(f"handle_{command}")
    return handler() if handler else f"unknown {command}"


print(dispatch("start"), dispatch("stop"), dispatch("jump"))
print([name for name in globals() if name.startswith("handle_")])
print("Plugin" in globals(), "later" in globals(), globals()["counter"], __doc__, __file__.endswith("gl.py"))
print(list(globals())[:12])
snapshot = dict(globals())
later = 1
print("later" in snapshot, "later" in globals(), len([k for k, v in globals().items() if callable(v)]))
print(globals()["asyncio"], globals()["wraps"].__name__, globals()["__builtins__"], globals()["__name__"])
print(sorted(k for k in globals() if not k.startswith("__")))
def f():
    return __doc__, "dispatch" in globals()
print(f())
