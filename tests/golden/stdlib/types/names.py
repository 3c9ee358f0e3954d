# types: SimpleNamespace, MappingProxyType, the types of functions, generators, coroutines,
# methods, modules and tracebacks, DynamicClassAttribute, resolve_bases/prepare_class, __all__.
import types
from types import SimpleNamespace, MappingProxyType, DynamicClassAttribute


ns = SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == SimpleNamespace(a=1, b="x", c=[1]), vars(ns))
mp = MappingProxyType({"k": 1})
print(mp["k"], len(mp), isinstance(mp, types.MappingProxyType))
try:
    mp["z"] = 2
except TypeError as e:
    print(e)


def f():
    yield 1


async def g():
    pass


c = g()
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(c, types.CoroutineType),
      isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType),
      isinstance(print, types.BuiltinMethodType), types.NoneType, types.EllipsisType, types.NotImplementedType)
c.close()


class K:
    def m(self):
        pass

    @DynamicClassAttribute
    def name(self):
        "the name"
        return "instance name"


print(isinstance(K().m, types.MethodType), K().name, K.__dict__["name"].__doc__)
try:
    K.name
except AttributeError as e:
    print("AttributeError", e)
print(types.resolve_bases((int, str)), types.prepare_class("X", (int,)))
print(list[int] == types.GenericAlias(list, (int,)) if False else type(list[int]) is types.GenericAlias,
      type(int | str) is types.UnionType)
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
print(types.__all__)
