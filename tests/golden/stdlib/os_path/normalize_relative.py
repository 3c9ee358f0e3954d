"""Cleaning up user-supplied relative paths: normpath, relpath (with and without start),
isabs, and abspath checked against os.getcwd() without printing where that is."""
import asyncio
import os

INPUTS = [
    "a/b/../c",
    "./a/./b/",
    "a//b///c",
    "../x/../y",
    "../../z",
    "a/../..",
    ".",
    "",
    "./",
    "a/b/c/../../..",
    "docs/./../src/main.py",
    "//a/b",
    "///a/b",
    "/../a",
]


async def resolve(base, user):
    await asyncio.sleep(0)
    joined = os.path.normpath(os.path.join(base, user))
    safe = not os.path.isabs(user) and os.path.commonpath([base, joined]) == base
    return user, joined, safe


async def main():
    for p in INPUTS:
        print(f"normpath({p!r}) = {os.path.normpath(p)!r}  isabs={os.path.isabs(p)}")
    print("bytes:", os.path.normpath(b"a/./b/../c"), os.path.isabs(b"/x"))
    rel = [
        ("a/b/c", "a"),
        ("a/b/c", "a/b/c"),
        ("a", "a/b/c"),
        ("x/y", "a/b"),
        ("a/b/../c", "a/d"),
        ("./file.txt", "."),
        ("file.txt", "sub"),
    ]
    for target, start in rel:
        print(f"relpath({target!r}, {start!r}) = {os.path.relpath(target, start)!r}")
    print("relpath default start:", os.path.relpath("docs/guide.md"), os.path.relpath("."))
    try:
        os.path.relpath("")
    except ValueError as e:
        print("relpath empty:", e)
    cwd = os.getcwd()
    print("abspath('.') == cwd:", os.path.abspath(".") == cwd)
    print("abspath('a/../b') == join(cwd,'b'):", os.path.abspath("a/../b") == os.path.join(cwd, "b"))
    print("abspath is abs:", os.path.isabs(os.path.abspath("x")))
    print("abspath('') == cwd:", os.path.abspath("") == cwd)
    print("abspath parent:", os.path.abspath("..") == os.path.dirname(cwd))
    print("relpath of abspath:", os.path.relpath(os.path.abspath("some/where.txt")))
    print("relpath abs vs rel start:", os.path.relpath(os.path.join(cwd, "q", "r"), "q"))
    print("isabs:", [os.path.isabs(p) for p in ("/", "/a", "a", "./a", "", "//x")])
    uploads = "uploads"
    requests = ["photo.png", "../etc/passwd", "a/../../b", "sub/../c.txt", "../uploads/x", "/etc/hosts", "./", ".."]
    checks = await asyncio.gather(*(resolve(uploads, u) for u in requests))
    for user, joined, safe in checks:
        print(f"  {user:16} -> {joined:16} {'ok' if safe else 'REJECTED'}")
    print("realpath of relative in cwd:", os.path.realpath("nothing/here") == os.path.join(cwd, "nothing", "here"))


asyncio.run(main())
