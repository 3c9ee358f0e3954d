"""Classifying objects with types (FunctionType, CoroutineType, GeneratorType, MethodType and
friends) in an async plugin loader, binding with types.MethodType(func, obj) and its errors."""
import asyncio
import types


plain = lambda x: x * 2  # noqa: E731


def gen():
    yield from (1, 2)


async def coro():
    await asyncio.sleep(0)
    return "done"


async def agen():
    for ch in "ab":
        yield ch


class Greeter:
    def __init__(self, name):
        self.name = name

    @classmethod
    def make(cls):
        return cls("made")

    util = staticmethod(lambda: "static")


KINDS = ["FunctionType", "LambdaType", "GeneratorType", "CoroutineType", "AsyncGeneratorType",
         "MethodType", "BuiltinFunctionType", "BuiltinMethodType"]


def classify(obj):
    return [k for k in KINDS if isinstance(obj, getattr(types, k))]


async def main():
    g, c, ag = gen(), coro(), agen()
    g_obj = Greeter("ann")
    samples = [("plain", plain), ("lambda", lambda: 0), ("gen()", g), ("coro()", c), ("agen()", ag),
               ("bound", g_obj.__init__), ("classmethod", Greeter.make), ("static", Greeter.util),
               ("len", len), ("[].append", [].append), ("class", Greeter)]
    for label, obj in samples:
        print(f"{label:28} {classify(obj)}")
    print(list(g), await c, [x async for x in ag])
    print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)

    print("--- MethodType binding")

    def shout(self, suffix="!"):
        return self.name.upper() + suffix

    bound = types.MethodType(shout, g_obj)
    print(bound(), bound("?"), bound.__self__ is g_obj, bound.__func__ is shout, bound.__name__)
    print(isinstance(bound, types.MethodType), bound == types.MethodType(shout, g_obj))
    g_obj.shout = bound
    print(g_obj.shout("..."), "shout" in vars(g_obj))
    print(types.MethodType(len, "abcd")(), types.MethodType(plain, 21)())
    for label, attempt in [("not callable", lambda: types.MethodType(42, g_obj)),
                           ("no instance", lambda: types.MethodType(shout)),
                           ("None instance", lambda: types.MethodType(shout, None)),
                           ("too many args", lambda: bound("a", "b")),
                           ("FunctionType(1, 2)", lambda: types.FunctionType(1, 2)),
                           ("FunctionType()", lambda: types.FunctionType())]:
        try:
            print(label, attempt())
        except TypeError as e:
            print(label, type(e).__name__, e)


asyncio.run(main())
