"""Taking paths apart and putting them together: join, split, splitext, basename, dirname,
on the awkward inputs real scripts see (trailing slashes, dotfiles, empty parts)."""
import asyncio
import os.path
import posixpath

SAMPLES = [
    "report.txt",
    "data/2024/report.final.csv",
    "archive.tar.gz",
    ".bashrc",
    "dir/.hidden",
    "dir/sub/",
    "noext",
    "a/b.c/d",
    "..",
    ".",
    "",
    "a//b",
    "name.",
    "...ext",
    "/",
    "//server/share",
]


def show(p):
    print(f"{p!r:30} split={os.path.split(p)!r} ext={os.path.splitext(p)!r}")
    print(f"{'':30} base={os.path.basename(p)!r} dir={os.path.dirname(p)!r}")


async def out_path(src, out_dir, new_ext):
    await asyncio.sleep(0)
    stem, _ = os.path.splitext(os.path.basename(src))
    return os.path.join(out_dir, os.path.dirname(src), stem + new_ext)


async def main():
    for p in SAMPLES:
        show(p)
    print("join:")
    cases = [
        ("a", "b", "c"),
        ("a/", "b"),
        ("a", ""),
        ("", "b"),
        ("a", "", "b"),
        ("a", "/abs", "c"),
        ("a", "b/", "c/"),
        ("..", "x"),
        (".", "y"),
        ("",),
    ]
    for parts in cases:
        print(f"  {parts!r:28} -> {os.path.join(*parts)!r}")
    try:
        os.path.join("a", b"b")
    except TypeError as e:
        print("join str+bytes:", e)
    try:
        os.path.join("a", 3)
    except TypeError as e:
        print("join str+int:", e)
    try:
        os.path.join()
    except TypeError as e:
        print("join no args:", e)
    srcs = ["src/main.c", "src/util/str.c", "lib.c", "deep/a/b/c.c"]
    outs = await asyncio.gather(*(out_path(s, "build", ".o") for s in srcs))
    for s, o in zip(srcs, outs):
        print(f"  {s:16} -> {o}")
    p = "photos/2023/holiday/img_001.jpeg"
    parts = []
    while p:
        p, tail = os.path.split(p)
        parts.append(tail)
    print("components:", parts[::-1])
    name = "backup.2024.tar.gz"
    exts = []
    while True:
        name, ext = os.path.splitext(name)
        if not ext:
            break
        exts.append(ext)
    print("all extensions:", name, exts[::-1])
    print("rejoin:", os.path.join(*os.path.split("x/y/z.txt")), "".join(os.path.splitext("x/y/z.txt")))
    print("module:", os.path.__name__, os.path is posixpath)


asyncio.run(main())
