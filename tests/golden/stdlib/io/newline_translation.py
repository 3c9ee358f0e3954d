"""How newline= changes what is written and read: universal newlines, newline='' passthrough,
forcing '\r\n' or '\r' on write, reading CRLF files back in text and binary, f.newlines."""
import asyncio
import os
import shutil

ROOT = "_scratch_newline_translation"
TEXT = "one\ntwo\r\nthree\rfour\n"


def raw(name):
    with open(os.path.join(ROOT, name), "rb") as f:
        return f.read()


async def write_with(newline):
    name = f"nl_{newline!r}.txt".replace("\\", "_").replace("'", "")
    await asyncio.sleep(0)
    with open(os.path.join(ROOT, name), "w", newline=newline) as f:
        f.write(TEXT)
    return newline, raw(name)


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    try:
        for newline, data in await asyncio.gather(*(write_with(nl) for nl in (None, "", "\n", "\r\n", "\r"))):
            print(f"write newline={newline!r:6} -> {data!r}")
        with open(os.path.join(ROOT, "dos.txt"), "wb") as f:
            f.write(b"name,qty\r\napple,3\r\npear,5\r\n\r\nlast line\r\n")
        for newline in (None, "", "\n", "\r\n", "\r"):
            with open(os.path.join(ROOT, "dos.txt"), newline=newline) as f:
                lines = f.readlines()
                print(f"read newline={newline!r:6} -> {lines!r} newlines={f.newlines!r}")
        with open(os.path.join(ROOT, "dos.txt"), "rb") as f:
            print("binary lines:", f.readlines())
        with open(os.path.join(ROOT, "dos.txt")) as f:
            text = f.read()
            print("text read:", repr(text), "len", len(text), "vs bytes", os.path.getsize(os.path.join(ROOT, "dos.txt")))
        with open(os.path.join(ROOT, "mixed.txt"), "wb") as f:
            f.write(b"unix\nmac\rdos\r\nend")
        with open(os.path.join(ROOT, "mixed.txt")) as f:
            print("mixed:", f.read().split("\n"), "newlines:", f.newlines)
        with open(os.path.join(ROOT, "mixed.txt"), newline="") as f:
            print("mixed raw lines:", list(f))
        with open(os.path.join(ROOT, "mixed.txt")) as f:
            print("mixed before read:", f.newlines)
            f.readline()
            print("after one line:", repr(f.newlines))
        with open(os.path.join(ROOT, "split.txt"), "wb") as f:
            f.write(b"a\r" + b"\nb\r")
        with open(os.path.join(ROOT, "split.txt")) as f:
            print("cr at end:", [f.read(1) for _ in range(4)])
        with open(os.path.join(ROOT, "crlf_out.txt"), "w", newline="\r\n") as f:
            print("row", 1, file=f)
            print("row", 2, sep="-", file=f)
            f.writelines(["x\n", "y\n"])
        print("print with newline=\\r\\n:", raw("crlf_out.txt"))
        for bad in ("\n\r", "x", " "):
            try:
                open(os.path.join(ROOT, "dos.txt"), newline=bad)
            except ValueError as e:
                print("bad newline:", repr(str(e)))
        try:
            open(os.path.join(ROOT, "dos.txt"), "rb", newline="")
        except ValueError as e:
            print("binary with newline:", e)
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
