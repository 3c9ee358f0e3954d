"""A sync tool checking which of its files exist before copying: exists, isfile, isdir,
islink, lexists, getsize, getmtime after utime, on files it makes in its own directory."""
import asyncio
import os
import shutil

ROOT = "_scratch_exists_and_sizes"


def describe(rel):
    p = os.path.join(ROOT, rel) if rel else ROOT
    size = os.path.getsize(p) if os.path.isfile(p) else None
    return (f"{rel or '<root>':14} exists={os.path.exists(p)!s:5} file={os.path.isfile(p)!s:5} "
            f"dir={os.path.isdir(p)!s:5} link={os.path.islink(p)!s:5} lexists={os.path.lexists(p)!s:5} size={size}")


async def write(rel, data):
    await asyncio.sleep(0)
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)
    return rel, os.path.getsize(p)


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    try:
        written = await asyncio.gather(
            write("small.txt", b"hello\n"),
            write("empty.dat", b""),
            write("nested/big.bin", bytes(range(256)) * 40),
            write("nested/deeper/u.txt", "ünïcödé\n".encode()),
        )
        print("written:", sorted(written))
        os.symlink("small.txt", os.path.join(ROOT, "link"))
        os.symlink("gone.txt", os.path.join(ROOT, "dangling"))
        os.symlink("nested", os.path.join(ROOT, "dirlink"))
        for rel in ["", "small.txt", "empty.dat", "nested", "nested/big.bin", "nested/deeper/u.txt",
                    "link", "dangling", "dirlink", "missing", "small.txt/inner"]:
            print(describe(rel))
        try:
            os.path.getsize(os.path.join(ROOT, "missing"))
        except FileNotFoundError as e:
            print("getsize missing:", e)
        print("getsize of a dir is int:", isinstance(os.path.getsize(os.path.join(ROOT, "nested")), int))
        p = os.path.join(ROOT, "small.txt")
        os.utime(p, (1_600_000_000, 1_650_000_000.5))
        print("getmtime:", os.path.getmtime(p), "getatime:", os.path.getatime(p))
        print("newer than:", os.path.getmtime(p) > 1_600_000_000)
        print("exists(bytes):", os.path.exists(os.fsencode(p)), "exists(''):", os.path.exists(""))
        print("exists(int fd 999999):", os.path.exists(999999))
        print("isfile on path-like:", os.path.isfile(os.fsencode(p)))
        with open(os.path.join(ROOT, "small.txt"), "a") as f:
            f.write("more\n")
        print("after append:", os.path.getsize(p))
        os.remove(p)
        print(describe("small.txt"))
        print(describe("link"))
        try:
            os.path.getmtime(p)
        except OSError as e:
            print("getmtime missing:", type(e).__name__, e.errno)
        print("exists(None) raises?", end=" ")
        try:
            print(os.path.exists(None))
        except TypeError as e:
            print("TypeError:", e)
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
