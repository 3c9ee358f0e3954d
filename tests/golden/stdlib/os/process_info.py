"""Facts about the running process and platform that a script checks but must not print
verbatim: pid, cpu count, cwd; plus the path constants and fspath/fsencode/fsdecode."""
import asyncio
import os
import sys


class Report:
    def __init__(self, name):
        self.name = name

    def __fspath__(self):
        return os.path.join("reports", self.name + ".txt")


class BadPath:
    def __fspath__(self):
        return 17


async def probe(label, fn):
    await asyncio.sleep(0)
    value = fn()
    return label, type(value).__name__, value


async def main():
    pid = os.getpid()
    print("pid:", type(pid).__name__, pid > 0, pid == os.getpid())
    ppid = os.getppid()
    print("ppid:", type(ppid).__name__, ppid > 0, ppid != pid)
    n = os.cpu_count()
    print("cpu_count is int:", isinstance(n, int), n >= 1)
    cwd = os.getcwd()
    print("getcwd:", type(cwd).__name__, cwd == os.path.abspath("."), os.path.isabs(cwd))
    print("getcwdb matches:", os.getcwdb() == os.fsencode(cwd))
    print("script dir is cwd:", os.path.dirname(os.path.abspath(sys.argv[0])) == cwd)
    print("name:", os.name)
    print("sep:", repr(os.sep), "altsep:", repr(os.altsep), "extsep:", repr(os.extsep))
    print("pathsep:", repr(os.pathsep), "linesep:", repr(os.linesep))
    print("curdir:", repr(os.curdir), "pardir:", repr(os.pardir), "devnull:", repr(os.devnull))
    print("joined with sep:", os.sep.join(["a", "b", "c"]), os.pardir + os.sep + "x")
    results = await asyncio.gather(probe("pid", os.getpid), probe("cpus", os.cpu_count), probe("cwd", os.getcwd))
    for label, typ, value in results:
        print("probe", label, typ, value is not None)
    print("fspath str:", os.fspath("notes.txt"))
    print("fspath bytes:", os.fspath(b"notes.bin"))
    print("fspath object:", os.fspath(Report("march")))
    for bad in (17, None, ["a"], BadPath()):
        try:
            os.fspath(bad)
        except TypeError as e:
            print("fspath TypeError:", e)
    print("fsencode:", os.fsencode("café.txt"), os.fsencode(b"raw"), os.fsencode(Report("x")))
    print("fsdecode:", os.fsdecode(b"caf\xc3\xa9.txt"), os.fsdecode("plain"), repr(os.fsdecode(b"bad\xff")))
    print("round trip:", os.fsdecode(os.fsencode("naïve/ünïcode")) == "naïve/ünïcode")
    print("surrogate bytes:", os.fsencode(os.fsdecode(b"\xfe\xff")))
    try:
        os.fsencode(3.5)
    except TypeError as e:
        print("fsencode TypeError:", e)
    print("supports_bytes_environ:", os.supports_bytes_environ)
    return 0


sys.exit(asyncio.run(main()))
