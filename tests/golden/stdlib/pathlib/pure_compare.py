"""Relating paths to each other as a packaging tool does: relative_to (and the ValueError it
raises), is_relative_to, match with glob patterns, the str/repr/bytes/os.fspath forms,
equality and ordering, and paths as set members and dictionary keys."""
import asyncio
import os
from pathlib import PurePath, PurePosixPath, PureWindowsPath

ROOT = PurePosixPath("/srv/app")
FILES = ["src/app/__init__.py", "src/app/cli.py", "tests/test_cli.py", "README.md",
         "src/app/data/schema.json", "docs/conf.py", "setup.cfg"]


async def classify(rel):
    await asyncio.sleep(0.001)
    p = ROOT / rel
    kind = "python" if p.match("*.py") else "test" if p.match("tests/*") else "other"
    if p.match("tests/test_*.py"):
        kind = "test"
    return p, kind


async def main():
    print("-- relative_to")
    target = ROOT / "src/app/cli.py"
    print(target.relative_to(ROOT), target.relative_to("/srv"), target.relative_to("/srv", "app", "src"))
    print(repr(target.relative_to(target)), repr(PurePosixPath("a/b").relative_to("")))
    for other in ("/srv/other", "src", "/srv/app/src/app/cli.py/x"):
        try:
            target.relative_to(other)
        except ValueError as e:
            print("ValueError:", e)
    try:
        PurePosixPath("rel/x").relative_to("/rel")
    except ValueError as e:
        print("ValueError:", e)
    print("is_relative_to:", target.is_relative_to(ROOT), target.is_relative_to("/srv/ap"),
          target.is_relative_to("/"), PurePosixPath("a").is_relative_to("a"))

    print("-- match")
    pats = ["*.py", "cli.py", "app/*.py", "src/*.py", "/srv/app/src/app/cli.py", "/src/*/*.py", "*/*/*.py", "**/*.py", "CLI.PY", "c?i.*", "[abc]li.py"]
    for pat in pats:
        print(f"  {pat:26} {target.match(pat)}")
    try:
        target.match("")
    except ValueError as e:
        print("ValueError:", e)

    print("-- classify")
    for p, kind in await asyncio.gather(*(classify(f) for f in FILES)):
        print(f"  {str(p.relative_to(ROOT)):28} {kind}")

    print("-- forms")
    p = PurePosixPath("data/résumé 1.txt")
    print(str(p), repr(p), bytes(p), os.fspath(p), p.as_posix())
    print(f"{p}", "%s" % p, format(p, ""), str(PurePosixPath("/")), repr(PurePath("a", "b")))
    print(os.fspath(PurePosixPath("x")) == "x", type(os.fspath(p)).__name__)
    print(os.path.join(PurePosixPath("a"), "b"), os.path.splitext(p), os.path.basename(p))
    print(PurePosixPath("/tmp/x").as_uri(), PurePosixPath("/a b/%c").as_uri())
    try:
        PurePosixPath("rel").as_uri()
    except ValueError as e:
        print("ValueError:", e)

    print("-- equality and order")
    a, b = PurePosixPath("a/b"), PurePosixPath("a//b/")
    print(a == b, a == "a/b", a != PurePosixPath("A/B"), PurePosixPath("a") == PureWindowsPath("a"))
    print(PurePosixPath("a/b") < PurePosixPath("a/c"), PurePosixPath("a/b") < PurePosixPath("a/b/c"),
          PurePosixPath("B") < PurePosixPath("a"), PurePosixPath("/z") < PurePosixPath("a"))
    try:
        PurePosixPath("a") < "b"
    except TypeError as e:
        print("TypeError:", e)
    try:
        PurePosixPath("a") < PureWindowsPath("b")
    except TypeError as e:
        print("TypeError:", e)
    paths = [PurePosixPath(s) for s in ["b/a", "a/b/c", "a", "a/b", "A", "a.b", "a-b", "/x", "a/b/../c"]]
    print(sorted(str(x) for x in paths))
    print([str(x) for x in sorted(paths)])
    print("max/min:", max(paths), min(paths))

    print("-- hashing")
    seen = {PurePosixPath("a/b"), PurePosixPath("a//b"), PurePosixPath("./a/b"), PurePosixPath("a/./b/")}
    print(len(seen), sorted(seen))
    sizes = {}
    for f in FILES + ["src/app/cli.py", "./README.md"]:
        key = PurePosixPath(f)
        sizes[key] = sizes.get(key, 0) + 1
    print(sorted((str(k), v) for k, v in sizes.items()))
    print(hash(PurePosixPath("q/r")) == hash(PurePosixPath("q//r")), PurePosixPath("q") in {PurePosixPath("q/")})
    by_dir = {}
    for f in FILES:
        by_dir.setdefault(PurePosixPath(f).parent, []).append(PurePosixPath(f).name)
    for d in sorted(by_dir):
        print(f"  {str(d):16} {sorted(by_dir[d])}")


asyncio.run(main())
