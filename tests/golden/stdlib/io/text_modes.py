"""A notes file driven through every text mode: w, r, a, x, r+, w+, a+, with reads after
writes, seek(0) and tell() at line boundaries, and what each mode refuses."""
import asyncio
import os
import shutil

ROOT = "_scratch_text_modes"
NOTES = os.path.join(ROOT, "notes.txt")


def dump(label):
    with open(NOTES) as f:
        print(f"{label}: {f.read()!r}")


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


async def add_note(text):
    await asyncio.sleep(0)
    with open(NOTES, "a") as f:
        return f.write(text + "\n")


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    try:
        with open(NOTES, "w") as f:
            print("write returns:", f.write("first\n"), f.write("second\n"))
            print("mode/readable/writable:", f.mode, f.readable(), f.writable(), f.seekable())
            attempt("read in w", f.read)
        dump("after w")
        with open(NOTES, "r") as f:
            print("r tell at start:", f.tell())
            print("r readline:", repr(f.readline()), "tell:", f.tell())
            print("r rest:", repr(f.read()))
            attempt("write in r", lambda: f.write("x"))
        with open(NOTES) as f:
            print("default mode:", f.mode)
        counts = await asyncio.gather(*(add_note(f"task note {i}") for i in range(3)))
        print("appended chars:", counts)
        with open(NOTES, "a") as f:
            print("a tell is end:", f.tell() == os.path.getsize(NOTES))
            f.write("last\n")
        dump("after a")
        attempt("x on existing", lambda: open(NOTES, "x"))
        fresh = os.path.join(ROOT, "fresh.txt")
        with open(fresh, "x") as f:
            f.write("created exclusively\n")
            print("x mode:", f.mode, f.readable())
        with open(fresh) as f:
            print("x content:", repr(f.read()))
        with open(NOTES, "r+") as f:
            print("r+ first line:", repr(f.readline()))
            f.seek(0)
            f.write("FIRST")
            f.seek(0)
            print("r+ after overwrite:", repr(f.readline()))
            f.seek(0, os.SEEK_END)
            f.write("tail\n")
        dump("after r+")
        attempt("r+ on missing", lambda: open(os.path.join(ROOT, "none.txt"), "r+"))
        with open(NOTES, "w+") as f:
            print("w+ truncated:", repr(f.read()))
            f.write("alpha\nbeta\n")
            print("w+ read at end:", repr(f.read()))
            f.seek(0)
            print("w+ read after seek:", f.readlines())
            print("w+ tell:", f.tell())
        with open(NOTES, "a+") as f:
            print("a+ read at end:", repr(f.read()))
            f.seek(0)
            print("a+ read from start:", repr(f.read()))
            f.write("gamma\n")
            f.seek(0)
            print("a+ after write:", f.read().split())
        print("files:", sorted(os.listdir(ROOT)))
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
