"""A tiny build planner: walks a source tree, maps each source to its object and dependency
files with os.path, decides what is stale by comparing mtimes it set, and builds in tasks."""
import asyncio
import os
import shutil

ROOT = "_scratch_build_planner"
SRC = os.path.join(ROOT, "src")
OUT = os.path.join(ROOT, "build")


def write(path, text, mtime):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    os.utime(path, (mtime, mtime))


def target_for(src):
    rel = os.path.relpath(src, SRC)
    stem, ext = os.path.splitext(rel)
    return os.path.join(OUT, stem + ".o"), ext


def stale(src, obj):
    return not os.path.exists(obj) or os.path.getmtime(obj) < os.path.getmtime(src)


async def compile_one(src, obj):
    await asyncio.sleep(0)
    os.makedirs(os.path.dirname(obj), exist_ok=True)
    with open(src) as f:
        lines = f.read().count("\n")
    with open(obj, "w") as f:
        f.write(f"object of {os.path.basename(src)} ({lines} lines)\n")
    os.utime(obj, (3000, 3000))
    return os.path.relpath(obj, ROOT)


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    try:
        write(os.path.join(SRC, "main.c"), "int main(){}\n", 2000)
        write(os.path.join(SRC, "util", "str.c"), "a\nb\nc\n", 1000)
        write(os.path.join(SRC, "util", "str.h"), "h\n", 1000)
        write(os.path.join(SRC, "net", "http.c"), "x\n" * 10, 1000)
        write(os.path.join(SRC, "README"), "docs\n", 1000)
        write(os.path.join(OUT, "util", "str.o"), "old\n", 1500)
        write(os.path.join(OUT, "main.o"), "old\n", 1500)
        sources = []
        for d, dirs, files in os.walk(SRC):
            dirs.sort()
            for name in sorted(files):
                sources.append(os.path.join(d, name))
        plan = []
        for src in sources:
            obj, ext = target_for(src)
            rel = os.path.relpath(src, ROOT)
            if ext != ".c":
                print(f"skip   {rel:20} (ext {ext!r})")
                continue
            why = "missing" if not os.path.exists(obj) else ("stale" if stale(src, obj) else "fresh")
            print(f"{why:6} {rel:20} -> {os.path.relpath(obj, ROOT)}")
            if why != "fresh":
                plan.append((src, obj))
        built = await asyncio.gather(*(compile_one(s, o) for s, o in plan))
        print("built:", built)
        print("second pass stale:", [os.path.relpath(s, ROOT) for s in sources if s.endswith(".c") and stale(s, target_for(s)[0])])
        for d, dirs, files in sorted(os.walk(OUT)):
            for name in sorted(files):
                p = os.path.join(d, name)
                with open(p) as f:
                    print(f"  {os.path.relpath(p, OUT):14} {os.path.getsize(p):3} {f.read().strip()}")
        print("common root of objects:", os.path.relpath(os.path.commonpath([os.path.join(ROOT, b) for b in built]), ROOT))
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
