"""The errors file code hits: operations on closed files (text, binary, StringIO, BytesIO),
opening a missing file or a directory, invalid modes and arguments, wrong data types, and
unsupported operations for the mode."""
import asyncio
import io
import os
import shutil

ROOT = "_scratch_closed_and_errors"


def t(label, fn):
    try:
        r = fn()
        print(f"{label:28} -> {r!r}")
    except (ValueError, TypeError, OSError) as e:
        print(f"{label:28} !! {type(e).__name__}: {e}")


async def try_open(path, mode="r"):
    await asyncio.sleep(0)
    try:
        with open(path, mode) as f:
            return f"opened {f.name}"
    except OSError as e:
        return f"{type(e).__name__}: {e} (errno {e.errno}, filename {e.filename!r})"


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    os.chdir(ROOT)
    try:
        with open("data.txt", "w") as f:
            f.write("line 1\nline 2\n")
        for label, r in zip(["missing", "directory", "dir for write", "under file", "ok"],
                            await asyncio.gather(try_open("missing.txt"), try_open("."), try_open(".", "w"),
                                                 try_open("data.txt/x"), try_open("data.txt"))):
            print(f"open {label}: {r}")
        f = open("data.txt")
        f.close()
        f.close()
        print("closed twice fine:", f.closed)
        t("text read", f.read)
        t("text readline", f.readline)
        t("text write", lambda: f.write("x"))
        t("text iterate", lambda: list(f))
        t("text seek", lambda: f.seek(0))
        t("text tell", f.tell)
        t("text with", lambda: f.__enter__())
        t("text fileno", f.fileno)
        b = open("data.txt", "rb")
        b.close()
        t("binary read", b.read)
        t("binary write", lambda: b.write(b"x"))
        t("binary seek", lambda: b.seek(0))
        s = io.StringIO("abc")
        s.close()
        t("StringIO read", s.read)
        t("StringIO getvalue", s.getvalue)
        t("StringIO write", lambda: s.write("x"))
        bio = io.BytesIO(b"abc")
        bio.close()
        t("BytesIO read", bio.read)
        t("BytesIO getvalue", bio.getvalue)
        t("print to closed", lambda: print("hi", file=f))
        for mode in ("", "rw", "rr", "wa", "q", "rbt", "+", "ww", "x+b"):
            t(f"open mode {mode!r}", lambda: open("data.txt", mode).close())
        t("mode not str", lambda: open("data.txt", 1))
        t("buffering=0 text", lambda: open("data.txt", "r", buffering=0))
        t("path is None", lambda: open(None))
        t("path is float", lambda: open(1.5))
        t("empty path", lambda: open(""))
        t("encoding not str", lambda: open("data.txt", encoding=8))
        with open("data.txt", "w") as w:
            t("write bytes to text", lambda: w.write(b"bytes"))
            t("write int to text", lambda: w.write(5))
            t("write None to text", lambda: w.write(None))
            t("writelines bytes", lambda: w.writelines([b"x"]))
            t("read write-only", w.read)
            t("readline write-only", w.readline)
        with open("data.txt") as r:
            t("write read-only", lambda: r.write("x"))
            t("truncate read-only", r.truncate)
            t("seek negative", lambda: r.seek(-1))
            t("nonzero cur-relative", lambda: r.seek(1, 1))
            t("nonzero end-relative", lambda: r.seek(-1, 2))
            t("bad whence", lambda: r.seek(0, 7))
            t("read(None)", lambda: r.read(None))
            t("read('1')", lambda: r.read("1"))
        with open("data.txt", "rb") as rb:
            t("binary readline('x')", lambda: rb.readline("x"))
            t("binary write read-only", lambda: rb.write(b"x"))
        t("StringIO bytes", lambda: io.StringIO().write(b"x"))
        t("BytesIO str", lambda: io.BytesIO().write("x"))
        t("StringIO init bytes", lambda: io.StringIO(b"x"))
        t("BytesIO init str", lambda: io.BytesIO("x"))
    finally:
        os.chdir("..")
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
