"""Grouping files by their shared directory: commonpath vs commonprefix, with their errors,
plus splitdrive and normcase (no-ops on POSIX, as portable scripts still call them)."""
import asyncio
import os


GROUPS = [
    ["src/app/models.py", "src/app/views.py", "src/app/tests/test_views.py"],
    ["src/app/models.py", "src/apple/pie.py"],
    ["docs/index.rst", "src/main.py"],
    ["one/only.txt"],
    ["a/b/", "a/b"],
    ["a/./b/c", "a/b/d"],
    ["/usr/lib", "/usr/local/lib"],
    ["/", "/usr"],
]


async def group_key(paths):
    await asyncio.sleep(0)
    try:
        return os.path.commonpath(paths)
    except (ValueError, TypeError) as e:
        return f"{type(e).__name__}: {e}"


async def main():
    for paths in GROUPS:
        print(paths)
        print("   commonpath  :", repr(os.path.commonpath(paths)))
        print("   commonprefix:", repr(os.path.commonprefix(paths)))
    print("commonprefix on strings:", repr(os.path.commonprefix(["interspecies", "interstellar", "interstate"])))
    print("commonprefix empty:", repr(os.path.commonprefix([])))
    print("commonprefix lists:", os.path.commonprefix([["a", "b", "c"], ["a", "b", "d"]]))
    print("commonpath bytes:", os.path.commonpath([b"x/y/z", b"x/y/w"]))
    bad = [[], ["/abs", "rel"], ["a", b"b"], ["", "a"]]
    results = await asyncio.gather(*(group_key(p) for p in bad))
    for p, r in zip(bad, results):
        print(f"commonpath({p!r}) -> {r}")
    try:
        os.path.commonpath("abc")
    except Exception as e:
        print("string arg:", type(e).__name__, e)
    for p in ["c:/x", "C:\\dir\\f", "//host/share/x", "plain/path", "", "/abs"]:
        print(f"splitdrive({p!r}) = {os.path.splitdrive(p)!r}")
    for p in ["MiXeD/Case.TXT", "a\\b", b"BYTES/Path"]:
        print(f"normcase({p!r}) = {os.path.normcase(p)!r}")
    files = ["proj/a/x.py", "proj/a/y.py", "proj/b/z.py", "proj/b/c/w.py", "other/t.py"]
    by_top = {}
    for f in files:
        by_top.setdefault(f.split(os.sep)[0], []).append(f)
    keys = await asyncio.gather(*(group_key(v) for v in by_top.values()))
    for top, key in sorted(zip(by_top, keys)):
        members = [os.path.relpath(f, key) for f in by_top[top]]
        print(f"group {top}: root={key} members={members}")


asyncio.run(main())
