"""os.environ as a script's configuration source: get, in, set, delete, getenv defaults,
type errors, and tasks reading settings another task changed."""
import asyncio
import os

PREFIX = "AIOCC_GOLDEN_ENV_"


def key(name):
    return PREFIX + name


def show(name):
    k = key(name)
    print(f"  {name}: in={k in os.environ} get={os.environ.get(k)!r} getenv={os.getenv(k, '<default>')!r}")


def load_config():
    return {
        "workers": int(os.getenv(key("WORKERS"), "2")),
        "debug": os.environ.get(key("DEBUG"), "0") == "1",
        "name": os.getenv(key("NAME")),
        "tags": [t for t in os.environ.get(key("TAGS"), "").split(",") if t],
    }


async def worker(i, results):
    await asyncio.sleep(0)
    results.append((i, os.environ.get(key("MODE"), "unset")))


async def main():
    for name in ("WORKERS", "DEBUG", "NAME", "TAGS", "MODE"):
        os.environ.pop(key(name), None)
    print("defaults:", load_config())
    os.environ[key("WORKERS")] = "4"
    os.environ[key("DEBUG")] = "1"
    os.environ[key("NAME")] = "café ☕"
    os.environ[key("TAGS")] = "fast,,safe"
    print("configured:", load_config())
    show("WORKERS")
    show("NAME")
    show("MISSING")
    print("getenv no default:", os.getenv(key("MISSING")))
    print("environ.get with default:", os.environ.get(key("MISSING"), 42))
    try:
        os.environ[key("MISSING")]
    except KeyError as e:
        print("KeyError:", e)
    del os.environ[key("DEBUG")]
    show("DEBUG")
    try:
        del os.environ[key("DEBUG")]
    except KeyError as e:
        print("del again KeyError:", e)
    print("pop:", os.environ.pop(key("TAGS")), os.environ.pop(key("TAGS"), "gone"))
    print("setdefault:", os.environ.setdefault(key("MODE"), "batch"), os.environ.setdefault(key("MODE"), "other"))
    try:
        os.environ[key("PORT")] = 8080
    except TypeError as e:
        print("TypeError:", e)
    try:
        os.environ[7] = "x"
    except TypeError as e:
        print("TypeError:", e)
    os.environ[key("EMPTY")] = ""
    print("empty value:", repr(os.environ[key("EMPTY")]), key("EMPTY") in os.environ, bool(os.getenv(key("EMPTY"))))
    ours = sorted(k[len(PREFIX):] for k in os.environ if k.startswith(PREFIX))
    print("ours:", ours)
    print("items:", sorted((k[len(PREFIX):], v) for k, v in os.environ.items() if k.startswith(PREFIX)))
    print("mapping type:", type(os.environ).__name__, isinstance(dict(os.environ), dict))
    results = []
    os.environ[key("MODE")] = "stream"
    await asyncio.gather(*(worker(i, results) for i in range(3)))
    print("workers saw:", sorted(results))
    os.environ.update({key("A"): "1", key("B"): "2"})
    print("after update:", os.environ[key("A")], os.environ[key("B")])
    for name in ("WORKERS", "NAME", "MODE", "EMPTY", "A", "B"):
        del os.environ[key(name)]
    print("left:", sorted(k for k in os.environ if k.startswith(PREFIX)))
    return 0


raise SystemExit(asyncio.run(main()))
