"""What file objects say about themselves: repr of text, buffered and raw files opened by
relative name (default and explicit encodings), name/mode/closed/encoding/errors/buffer,
the io class hierarchy, and reprs after closing."""
import asyncio
import io
import os
import shutil

ROOT = "_scratch_file_objects"


def show(f):
    print(repr(f))
    print("   name:", repr(f.name), "mode:", repr(getattr(f, "mode", None)), "closed:", f.closed)


async def opener(name, mode, **kw):
    await asyncio.sleep(0)
    return open(name, mode, **kw)


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    os.chdir(ROOT)
    try:
        with open("x.txt", "w") as f:
            show(f)
            print("   encoding:", f.encoding, "errors:", f.errors, "line_buffering:", f.line_buffering)
        show(f)
        with open("x.txt") as f:
            show(f)
        with open("x.txt", encoding="utf-8") as f:
            show(f)
        with open("x.txt", encoding="latin-1") as f:
            show(f)
        with open("x.txt", encoding="ascii", errors="replace") as f:
            print(repr(f), f.errors)
        for mode in ("rb", "wb", "ab", "r+b", "w+b"):
            with open("x.txt", mode) as f:
                show(f)
        with open("x.txt", "rb", buffering=0) as f:
            show(f)
            print("   closefd:", f.closefd)
        with open("x.txt", "r+") as f:
            print(repr(f), "| buffer:", repr(f.buffer), "| raw:", repr(f.buffer.raw))
        with open("x.txt", "a+") as f:
            print(repr(f), f.buffer.mode, f.buffer.raw.mode)
        files = await asyncio.gather(opener("a.txt", "w"), opener("b.bin", "wb"), opener("x.txt", "r", encoding="utf-8"))
        for f in files:
            print("task opened:", repr(f))
            f.close()
        print("all closed:", [f.closed for f in files])
        os.mkdir("sub")
        with open(os.path.join("sub", "deep.txt"), "w") as f:
            print(repr(f))
        fd = os.open("x.txt", os.O_RDONLY)
        with open(fd, closefd=True) as f:
            print("from fd, name is int:", type(f.name).__name__, f.name == fd, repr(f).startswith("<_io.TextIOWrapper name="))
        with open("x.txt") as f:
            print("classes:", type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
            print("isinstance:", isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f.buffer, io.BufferedIOBase), isinstance(f.buffer.raw, io.RawIOBase))
            print("module:", type(f).__module__, io.TextIOWrapper is type(f), io.open is open)
        with open("x.txt", "rb") as f:
            print("binary isinstance:", isinstance(f, io.BufferedReader), isinstance(f, io.TextIOBase))
        print("DEFAULT_BUFFER_SIZE:", io.DEFAULT_BUFFER_SIZE, "SEEK:", io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
    finally:
        os.chdir("..")
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
