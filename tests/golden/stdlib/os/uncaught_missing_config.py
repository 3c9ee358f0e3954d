"""A config loader whose fallback file is missing too: the FileNotFoundError escapes
asyncio.run after the scratch directory is cleaned up, and the traceback goes to stderr."""
import asyncio
import os
import shutil

ROOT = "_scratch_uncaught_missing_config"


def parse(text):
    cfg = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            k, _, v = line.partition("=")
            cfg[k.strip()] = v.strip()
    return cfg


async def load(name):
    await asyncio.sleep(0)
    with open(os.path.join(ROOT, name)) as f:
        return parse(f.read())


async def load_first(*names):
    for name in names[:-1]:
        try:
            return await load(name)
        except FileNotFoundError as e:
            print("not found, trying next:", e.filename)
    return await load(names[-1])


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    try:
        with open(os.path.join(ROOT, "base.ini"), "w") as f:
            f.write("name = demo  # the app\nworkers=3\n\n# end\n")
        cfg = await load_first("local.ini", "base.ini")
        print("loaded:", cfg)
        results = await asyncio.gather(load("base.ini"), load("extra.ini"), return_exceptions=True)
        for r in results:
            print("gathered:", type(r).__name__, r)
        print("files:", sorted(os.listdir(ROOT)))
        cfg = await load_first("override.ini", "fallback.ini")
        print("never printed", cfg)
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
        print("cleaned up:", not os.path.exists(ROOT))


asyncio.run(main())
