"""The OSError subclasses file code runs into, as a script reports them: class name, message,
errno, filename (and filename2), errno names, strerror, and catching by base class."""
import asyncio
import errno
import os
import shutil

ROOT = "_scratch_error_texts"


def report(label, fn, *args):
    try:
        fn(*args)
    except OSError as e:
        print(f"{label}:", type(e).__name__, e, e.errno, e.filename)
        print("   ", errno.errorcode[e.errno], repr(e.strerror), e.args, e.filename2)
        return e
    print(f"{label}: no error")


async def open_task(name):
    await asyncio.sleep(0)
    try:
        with open(os.path.join(ROOT, name)) as f:
            return name, f.read()
    except FileNotFoundError as e:
        return name, f"missing ({e.strerror})"
    except IsADirectoryError as e:
        return name, f"directory ({e.strerror})"


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    try:
        os.mkdir(os.path.join(ROOT, "dir"))
        with open(os.path.join(ROOT, "file.txt"), "w") as f:
            f.write("content")
        d, fl, miss = (os.path.join(ROOT, n) for n in ("dir", "file.txt", "missing"))
        report("open missing", open, miss)
        report("stat missing", os.stat, miss)
        report("listdir missing", os.listdir, miss)
        report("mkdir existing", os.mkdir, d)
        report("makedirs existing file", os.makedirs, fl)
        report("listdir file", os.listdir, fl)
        report("open under file", open, os.path.join(fl, "x"))
        report("open dir", open, d)
        report("open dir for write", open, d, "w")
        report("remove dir", os.remove, d)
        report("rmdir file", os.rmdir, fl)
        report("rename missing", os.rename, miss, os.path.join(ROOT, "other"))
        report("open x existing", open, fl, "x")
        report("chdir file", os.chdir, fl)
        report("chdir missing", os.chdir, miss)
        report("bytes path", os.stat, os.fsencode(miss))
        print("hierarchy:")
        for cls in (FileNotFoundError, FileExistsError, NotADirectoryError, IsADirectoryError, PermissionError):
            print("   ", cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
        print("IOError is OSError:", IOError is OSError, "EnvironmentError is OSError:", EnvironmentError is OSError)
        e = OSError(errno.ENOENT, "No such file or directory", "made-up.txt")
        print("constructed:", type(e).__name__, e, e.errno, e.filename)
        e = OSError(errno.EEXIST, os.strerror(errno.EEXIST))
        print("constructed:", type(e).__name__, e, repr(e.filename))
        e = FileNotFoundError("just a message")
        print("plain:", e, e.errno, e.strerror, e.filename)
        e = OSError(errno.EISDIR, "Is a directory", "a", None, "b")
        print("five args:", type(e).__name__, e)
        print("strerror:", os.strerror(errno.ENOENT), "|", os.strerror(errno.ENOTDIR), "|", os.strerror(errno.EISDIR))
        print("codes:", errno.ENOENT, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.ENOTEMPTY, errno.EACCES)
        results = await asyncio.gather(*(open_task(n) for n in ("file.txt", "dir", "ghost.txt")))
        for name, outcome in results:
            print(f"task {name}: {outcome}")
        try:
            os.remove(miss)
        except OSError as e:
            if e.errno == errno.ENOENT:
                print("ignored missing file, via errno check")
        try:
            raise FileExistsError(errno.EEXIST, "File exists", "lock")
        except OSError as e:
            print("caught as OSError:", type(e).__name__, e)
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
