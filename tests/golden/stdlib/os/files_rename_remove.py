"""A log rotation routine: rename and replace files, remove and unlink them, and the
errors when sources vanish, targets are directories or directories are not empty."""
import asyncio
import os
import shutil

ROOT = "_scratch_files_rename_remove"


def write(name, text):
    with open(os.path.join(ROOT, name), "w") as f:
        f.write(text)


def read(name):
    with open(os.path.join(ROOT, name)) as f:
        return f.read()


def state():
    return [(n, read(n) if os.path.isfile(os.path.join(ROOT, n)) else "<dir>") for n in sorted(os.listdir(ROOT))]


def attempt(label, fn, *args):
    try:
        fn(*args)
        print(label, "ok")
    except OSError as e:
        print(label, "->", type(e).__name__, e.errno, repr(e.strerror), e.filename, e.filename2)


def rotate(name, keep):
    base = os.path.join(ROOT, name)
    oldest = f"{base}.{keep}"
    if os.path.exists(oldest):
        os.remove(oldest)
    for i in range(keep - 1, 0, -1):
        src = f"{base}.{i}"
        if os.path.exists(src):
            os.rename(src, f"{base}.{i + 1}")
    os.replace(base, base + ".1")
    with open(base, "w") as f:
        f.write("")


async def logger(name, lines, keep):
    for n, line in enumerate(lines):
        with open(os.path.join(ROOT, name), "a") as f:
            f.write(line)
        await asyncio.sleep(0)
        if n % 2 == 1:
            rotate(name, keep)


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    try:
        write("app.log", "")
        write("db.log", "")
        await asyncio.gather(
            logger("app.log", [f"app {i}\n" for i in range(7)], 3),
            logger("db.log", [f"db {i}\n" for i in range(4)], 2),
        )
        for name, text in state():
            print(f"{name:10} {text!r}")
        write("a.txt", "A")
        write("b.txt", "B")
        os.rename(os.path.join(ROOT, "a.txt"), os.path.join(ROOT, "b.txt"))
        print("rename over existing:", read("b.txt"), os.path.exists(os.path.join(ROOT, "a.txt")))
        write("c.txt", "C")
        os.replace(os.path.join(ROOT, "c.txt"), os.path.join(ROOT, "b.txt"))
        print("replace over existing:", read("b.txt"), os.path.exists(os.path.join(ROOT, "c.txt")))
        attempt("rename missing", os.rename, os.path.join(ROOT, "nope.txt"), os.path.join(ROOT, "x.txt"))
        attempt("replace missing", os.replace, os.path.join(ROOT, "nope.txt"), os.path.join(ROOT, "x.txt"))
        os.mkdir(os.path.join(ROOT, "archive"))
        write(os.path.join("archive", "old.log"), "old\n")
        attempt("rename file onto dir", os.rename, os.path.join(ROOT, "b.txt"), os.path.join(ROOT, "archive"))
        os.mkdir(os.path.join(ROOT, "empty"))
        attempt("rename dir onto file", os.rename, os.path.join(ROOT, "empty"), os.path.join(ROOT, "b.txt"))
        attempt("rename dir onto non-empty dir", os.rename, os.path.join(ROOT, "empty"), os.path.join(ROOT, "archive"))
        attempt("rename dir onto empty dir", os.rename, os.path.join(ROOT, "archive"), os.path.join(ROOT, "empty"))
        print("after dir rename:", sorted(os.listdir(ROOT)))
        attempt("rename into missing dir", os.rename, os.path.join(ROOT, "b.txt"), os.path.join(ROOT, "nodir", "b.txt"))
        attempt("remove", os.remove, os.path.join(ROOT, "b.txt"))
        attempt("remove again", os.remove, os.path.join(ROOT, "b.txt"))
        attempt("unlink", os.unlink, os.path.join(ROOT, "app.log.1"))
        attempt("unlink again", os.unlink, os.path.join(ROOT, "app.log.1"))
        attempt("remove a dir", os.remove, os.path.join(ROOT, "empty"))
        attempt("unlink through a file", os.unlink, os.path.join(ROOT, "db.log", "x"))
        for name in sorted(os.listdir(ROOT)):
            if name.endswith((".1", ".2", ".3")):
                os.unlink(os.path.join(ROOT, name))
        print("left:", state())
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
