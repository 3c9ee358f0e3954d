"""What a tool checks about the interpreter it runs under, printed without machine-specific
values: sys.path and sys.argv against __file__, sys.executable's shape, the default and
filesystem encodings, sys.intern, implementation name, builtin and stdlib module names."""
import asyncio
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


async def check(name, value):
    await asyncio.sleep(0.001)
    return name, value


async def main():
    print("sys.path is list of str:", type(sys.path).__name__, all(type(p) is str for p in sys.path))
    print("sys.path[0] is script dir:", sys.path[0] == HERE, os.path.isabs(sys.path[0]))
    print("index of script dir:", sys.path.index(HERE))
    sys.path.insert(0, os.path.join(HERE, "vendor"))
    print("after insert:", os.path.relpath(sys.path[0], HERE), sys.path[1] == HERE)
    sys.path.remove(os.path.join(HERE, "vendor"))
    print("restored:", sys.path[0] == HERE)

    print("argv:", type(sys.argv).__name__, len(sys.argv), sys.argv[0] == __file__,
          os.path.basename(sys.argv[0]), os.path.isabs(sys.argv[0]))
    print("executable:", type(sys.executable).__name__, bool(sys.executable), os.path.isabs(sys.executable))
    print("__name__:", __name__)

    print("encodings:", sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
    name = "café ☕.txt"
    raw = os.fsencode(name)
    print("fsencode:", raw, os.fsdecode(raw) == name, os.fsdecode(b"bad\xff") == "bad\udcff")
    print("roundtrip bad byte:", os.fsencode(os.fsdecode(b"bad\xff")))

    print("-- intern")
    a = "".join(["conf", "ig_key"])
    b = "config" + "_key"[:4]
    print("equal:", a == b, "interned same object:", sys.intern(a) is sys.intern(b))
    keys = {sys.intern(k) for k in ["x", "y", "x" * 1, "".join(["x"])]}
    print("distinct keys:", sorted(keys), sys.intern("abc") == "abc", type(sys.intern("q")).__name__)
    for bad in (42, b"bytes", None):
        try:
            sys.intern(bad)
        except TypeError as e:
            print("TypeError:", e)

    print("-- implementation and platform")
    results = await asyncio.gather(
        check("implementation", sys.implementation.name),
        check("cache_tag", sys.implementation.cache_tag),
        check("impl version", sys.implementation.version[:2] == sys.version_info[:2]),
        check("platform", sys.platform),
        check("os.name", os.name),
        check("byteorder", sys.byteorder),
    )
    for k, v in results:
        print(f"  {k:15} {v}")

    print("-- module names")
    builtins = sys.builtin_module_names
    print("builtin:", type(builtins).__name__, "sys" in builtins, "builtins" in builtins,
          "asyncio" in builtins, list(builtins) == sorted(builtins))
    std = sys.stdlib_module_names
    print("stdlib:", type(std).__name__, all(m in std for m in ["sys", "os", "asyncio", "json", "pathlib", "struct"]),
          "numpy" in std, "aiocc" in std, "__future__" in std)
    wanted = ["asyncio", "os", "requests", "struct", "json", "yaml", "typing", "attr"]
    print("third party:", sorted(m for m in wanted if m not in std))


asyncio.run(main())
