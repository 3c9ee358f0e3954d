"""tempfile in an asyncio program: a TemporaryDirectory for the work, NamedTemporaryFile and
TemporaryFile for data, mkstemp/mkdtemp, and what is left afterwards."""
import asyncio
import os
import tempfile


async def produce(directory, name, lines):
    path = os.path.join(directory, name)
    with open(path, "w") as f:
        for i in range(lines):
            f.write(f"{name} line {i}\n")
            await asyncio.sleep(0)
    return path


async def main():
    with tempfile.TemporaryDirectory(prefix="job-") as workdir:
        print("prefix:", os.path.basename(workdir).startswith("job-"), os.path.isdir(workdir))
        paths = await asyncio.gather(*(produce(workdir, f"part{i}.txt", i + 1) for i in range(3)))
        print("files:", sorted(os.listdir(workdir)))
        total = 0
        for path in paths:
            with open(path) as f:
                total += len(f.readlines())
        print("lines:", total)
        kept = workdir
    print("removed:", not os.path.exists(kept))

    with tempfile.NamedTemporaryFile("w+", suffix=".csv", delete=True) as f:
        f.write("a,b\n1,2\n")
        f.flush()
        f.seek(0)
        print("named:", f.name.endswith(".csv"), os.path.exists(f.name), f.read().splitlines())
        name = f.name
    print("named removed:", not os.path.exists(name))

    with tempfile.TemporaryFile() as f:
        f.write(b"binary payload")
        f.seek(0)
        print("temporary file:", f.read(), f.mode)

    fd, path = tempfile.mkstemp(suffix=".log", text=True)
    try:
        os.write(fd, b"mkstemp data")
        os.close(fd)
        with open(path) as f:
            print("mkstemp:", path.endswith(".log"), f.read())
    finally:
        os.remove(path)

    d = tempfile.mkdtemp()
    print("mkdtemp:", os.path.isdir(d), oct(os.stat(d).st_mode & 0o777))
    os.rmdir(d)

    tmp = tempfile.TemporaryDirectory()
    inner = os.path.join(tmp.name, "x", "y")
    os.makedirs(inner)
    tmp.cleanup()
    print("cleanup:", not os.path.exists(tmp.name), repr(tmp).startswith("<TemporaryDirectory '"))
    tmp.cleanup()  # a second cleanup does nothing

    print("gettempdir is a dir:", os.path.isdir(tempfile.gettempdir()))
    print(tempfile.gettempprefix(), type(tempfile.gettempdirb()).__name__)

    with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as s:
        s.write("short")
        print("spooled rolled:", s._rolled)
        s.write(" and now longer")
        print("spooled rolled:", s._rolled)
        s.seek(0)
        print(s.read())


asyncio.run(main())
