"""Taking paths apart and putting them together the way a build script does, with
PurePosixPath only (no filesystem): the / operator, joinpath, parts, parent and parents,
name/stem/suffix/suffixes, and with_name/with_stem/with_suffix, including their ValueErrors."""
import asyncio
from pathlib import PurePath, PurePosixPath


def show(label, p):
    print(f"{label:14} {str(p)!r:32} parts={p.parts}")


async def describe(p):
    await asyncio.sleep(0)
    return (f"{str(p)!r}: name={p.name!r} stem={p.stem!r} suffix={p.suffix!r} "
            f"suffixes={p.suffixes}")


async def main():
    src = PurePosixPath("project", "src")
    show("base", src)
    show("slash", src / "pkg" / "mod.py")
    show("joinpath", src.joinpath("pkg", "sub/deep.py"))
    show("rtruediv", "build" / PurePosixPath("out.o"))
    show("abs resets", src / "/etc" / "hosts")
    show("collapse", PurePosixPath("a//b/./c/"))
    show("dotdot kept", PurePosixPath("a/../b"))
    show("empty", PurePosixPath())
    show("dot", PurePosixPath("."))
    show("root", PurePosixPath("/"))
    show("two slashes", PurePosixPath("//srv/x"))
    show("three slashes", PurePosixPath("///srv/x"))
    show("from parts", PurePosixPath(*("usr", "local", "bin")))
    show("purepath", PurePath("x/y"))
    print("PurePath is posix here:", type(PurePath("x")).__name__)

    print("-- anchors")
    for p in (PurePosixPath("/usr/bin"), PurePosixPath("rel/dir"), PurePosixPath("//net/share")):
        print(f"{str(p)!r}: drive={p.drive!r} root={p.root!r} anchor={p.anchor!r} "
              f"is_absolute={p.is_absolute()}")

    print("-- parents")
    deep = PurePosixPath("/home/user/projects/app/main.py")
    print("parent:", deep.parent, deep.parent.parent)
    print("parents:", [str(p) for p in deep.parents])
    print("len/index:", len(deep.parents), deep.parents[0], deep.parents[-1], deep.parents[1:3])
    print("rel parents:", [str(p) for p in PurePosixPath("a/b/c").parents])
    print("parent of dot:", repr(PurePosixPath(".").parent), "of root:", repr(PurePosixPath("/").parent))
    try:
        deep.parents[9]
    except IndexError as e:
        print("IndexError:", e)

    print("-- names")
    names = ["archive.tar.gz", "README", ".bashrc", "file.", "a/b.c/d", "v1.2.3.txt", "..", "x.py/"]
    for line in await asyncio.gather(*(describe(PurePosixPath(n)) for n in names)):
        print(line)

    print("-- with_*")
    p = PurePosixPath("docs/report.draft.md")
    print(p.with_name("index.html"), p.with_suffix(".txt"), p.with_suffix(""), p.with_stem("final"))
    print(PurePosixPath("Makefile").with_suffix(".bak"), PurePosixPath("a.tar.gz").with_suffix(".bz2"))
    print(PurePosixPath("pkg/.hidden").with_suffix(".old"), PurePosixPath("x/y.z").with_stem("w.v"))
    bad = [
        lambda: PurePosixPath("/").with_name("x"),
        lambda: PurePosixPath("").with_suffix(".py"),
        lambda: p.with_name(""),
        lambda: p.with_name("a/b"),
        lambda: p.with_suffix("txt"),
        lambda: p.with_suffix("."),
        lambda: p.with_suffix(".a/b"),
        lambda: PurePosixPath("dir/").with_stem(""),
    ]
    for f in bad:
        try:
            print("ok?", f())
        except ValueError as e:
            print("ValueError:", e)
    try:
        src / 3
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
