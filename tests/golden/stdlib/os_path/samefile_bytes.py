"""Identity and bytes paths: samefile through links and different spellings, sameopenfile,
samestat, and the whole os.path toolkit on bytes, including str/bytes mixing errors."""
import asyncio
import os
import shutil

ROOT = "_scratch_samefile_bytes"
BROOT = os.fsencode(ROOT)


async def same(a, b):
    await asyncio.sleep(0)
    return os.path.samefile(os.path.join(ROOT, a), os.path.join(ROOT, b))


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "sub"))
    try:
        for name in ("a.txt", "b.txt", os.path.join("sub", "c.txt")):
            with open(os.path.join(ROOT, name), "w") as f:
                f.write("same text\n")
        os.symlink("a.txt", os.path.join(ROOT, "link_a"))
        os.link(os.path.join(ROOT, "a.txt"), os.path.join(ROOT, "hard_a"))
        pairs = [("a.txt", "a.txt"), ("a.txt", "./a.txt"), ("a.txt", "sub/../a.txt"), ("a.txt", "link_a"),
                 ("a.txt", "hard_a"), ("a.txt", "b.txt"), ("sub", "sub/."), ("sub/c.txt", "b.txt")]
        for (a, b), r in zip(pairs, await asyncio.gather(*(same(a, b) for a, b in pairs))):
            print(f"samefile({a!r}, {b!r}) = {r}")
        try:
            os.path.samefile(os.path.join(ROOT, "a.txt"), os.path.join(ROOT, "none"))
        except FileNotFoundError as e:
            print("samefile missing:", e)
        with open(os.path.join(ROOT, "a.txt")) as f1, open(os.path.join(ROOT, "link_a")) as f2, open(os.path.join(ROOT, "b.txt")) as f3:
            print("sameopenfile:", os.path.sameopenfile(f1.fileno(), f2.fileno()), os.path.sameopenfile(f1.fileno(), f3.fileno()))
        s1, s2 = os.stat(os.path.join(ROOT, "a.txt")), os.stat(os.path.join(ROOT, "hard_a"))
        print("samestat:", os.path.samestat(s1, s2), "nlink:", s1.st_nlink)
        print("bytes samefile:", os.path.samefile(BROOT + b"/a.txt", BROOT + b"/link_a"))
        bp = os.path.join(BROOT, b"sub", b"c.txt")
        print("bytes join:", bp)
        print("bytes split:", os.path.split(bp), os.path.splitext(bp))
        print("bytes base/dir:", os.path.basename(bp), os.path.dirname(bp))
        print("bytes normpath:", os.path.normpath(b"x/../y/./z//"), os.path.relpath(b"a/b/c", b"a"))
        print("bytes exists/isfile/isdir:", os.path.exists(bp), os.path.isfile(bp), os.path.isdir(os.path.dirname(bp)))
        print("bytes getsize:", os.path.getsize(bp))
        print("bytes listdir:", sorted(os.listdir(BROOT)))
        print("bytes walk:", sorted((os.path.relpath(d, BROOT), sorted(f)) for d, _, f in os.walk(BROOT)))
        nonascii = os.path.join(ROOT, "naïve.txt")
        with open(nonascii, "w") as f:
            f.write("x")
        print("non-ascii bytes name:", [n for n in sorted(os.listdir(BROOT)) if not n.isascii()])
        print("non-ascii str name:", [n for n in sorted(os.listdir(ROOT)) if not n.isascii()])
        for fn, args in [(os.path.join, (b"a", "b")), (os.path.relpath, (b"a", "b")), (os.path.commonpath, ([b"a", "b"],)),
                         (os.path.samefile, (BROOT, ROOT))]:
            try:
                print(fn.__name__, "->", fn(*args))
            except TypeError as e:
                print(fn.__name__, "TypeError:", e)
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
