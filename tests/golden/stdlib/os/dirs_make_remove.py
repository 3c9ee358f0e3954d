"""Building and tearing down a project layout with mkdir, makedirs(exist_ok=...), rmdir and
removedirs, listing each level sorted, and the errors each call raises."""
import asyncio
import os
import shutil

ROOT = "_scratch_dirs_make_remove"


def listing(path):
    return sorted(os.listdir(path))


def err(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print(label, "ok")
    except OSError as e:
        print(label, "->", type(e).__name__, e.errno, e.strerror, "|", e.filename)


async def make_package(base, name, modules):
    pkg = os.path.join(base, name)
    os.makedirs(pkg, exist_ok=True)
    await asyncio.sleep(0)
    for m in modules:
        with open(os.path.join(pkg, m + ".py"), "w") as f:
            f.write(f"# {m}\n")
    return name, len(modules)


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    try:
        print("fresh:", listing(ROOT))
        src = os.path.join(ROOT, "src")
        print("mkdir returns:", os.mkdir(src))
        err("mkdir again", os.mkdir, src)
        err("mkdir missing parent", os.mkdir, os.path.join(ROOT, "a", "b"))
        print("makedirs returns:", os.makedirs(os.path.join(ROOT, "a", "b", "c")))
        err("makedirs again", os.makedirs, os.path.join(ROOT, "a", "b", "c"))
        err("makedirs exist_ok", os.makedirs, os.path.join(ROOT, "a", "b", "c"), exist_ok=True)
        err("makedirs exist_ok=False", os.makedirs, os.path.join(ROOT, "a"), exist_ok=False)
        print("root:", listing(ROOT), "a:", listing(os.path.join(ROOT, "a")))
        done = await asyncio.gather(
            make_package(src, "core", ["models", "views"]),
            make_package(src, "util", ["text"]),
            make_package(src, "tests", []),
        )
        print("packages:", done)
        print("src:", listing(src))
        for name in listing(src):
            print("  ", name, listing(os.path.join(src, name)))
        with open(os.path.join(ROOT, "README"), "w") as f:
            f.write("readme\n")
        err("makedirs over a file", os.makedirs, os.path.join(ROOT, "README"), exist_ok=True)
        err("mkdir under a file", os.mkdir, os.path.join(ROOT, "README", "sub"))
        err("rmdir non-empty", os.rmdir, os.path.join(src, "core"))
        err("rmdir a file", os.rmdir, os.path.join(ROOT, "README"))
        err("rmdir missing", os.rmdir, os.path.join(ROOT, "nope"))
        err("rmdir empty", os.rmdir, os.path.join(src, "tests"))
        print("src now:", listing(src))
        err("removedirs", os.removedirs, os.path.join(ROOT, "a", "b", "c"))
        print("root after removedirs:", listing(ROOT))
        os.makedirs(os.path.join(ROOT, "x", "y"))
        os.makedirs(os.path.join(ROOT, "x", "keep"))
        err("removedirs stops at non-empty", os.removedirs, os.path.join(ROOT, "x", "y"))
        print("x:", listing(os.path.join(ROOT, "x")))
        err("removedirs missing", os.removedirs, os.path.join(ROOT, "ghost", "dir"))
        err("listdir missing", os.listdir, os.path.join(ROOT, "ghost"))
        err("listdir a file", os.listdir, os.path.join(ROOT, "README"))
        os.mkdir(os.path.join(ROOT, "mode_dir"), 0o700)
        print("exists after mkdir with mode:", os.path.isdir(os.path.join(ROOT, "mode_dir")))
        print("bytes listdir:", sorted(os.listdir(os.fsencode(src))))
        print("final:", listing(ROOT))
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
