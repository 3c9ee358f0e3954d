"""File descriptors straight from os: open with O_* flags, write, read, lseek with the SEEK_*
constants, append and exclusive creation, fstat, and the errors on closed or wrong-mode fds."""
import asyncio
import errno
import os
import shutil

ROOT = "_scratch_lowlevel_fd"


def path(name):
    return os.path.join(ROOT, name)


async def append_record(name, text):
    fd = os.open(path(name), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        await asyncio.sleep(0)
        return os.write(fd, text.encode())
    finally:
        os.close(fd)


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    try:
        fd = os.open(path("data.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        print("fd is int:", isinstance(fd, int), fd > 2)
        print("write returns:", os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"0123456789")), os.write(fd, memoryview(b"!?")))
        print("lseek end:", os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, 0, os.SEEK_CUR))
        try:
            os.read(fd, 5)
        except OSError as e:
            print("read write-only:", type(e).__name__, e.errno == errno.EBADF, e)
        os.close(fd)
        fd = os.open(path("data.bin"), os.O_RDONLY)
        print("read 5:", os.read(fd, 5))
        print("tell:", os.lseek(fd, 0, os.SEEK_CUR))
        print("read 100:", os.read(fd, 100))
        print("at eof:", os.read(fd, 10))
        print("seek set:", os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 5))
        print("seek cur back:", os.lseek(fd, -5, os.SEEK_CUR), os.read(fd, 3))
        print("seek end back:", os.lseek(fd, -2, os.SEEK_END), os.read(fd, 2))
        print("constants:", os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
        try:
            os.lseek(fd, -100, os.SEEK_SET)
        except OSError as e:
            print("bad seek:", e.errno == errno.EINVAL, e)
        try:
            os.write(fd, b"no")
        except OSError as e:
            print("write read-only:", e.errno == errno.EBADF, e)
        print("fstat size:", os.fstat(fd).st_size)
        os.close(fd)
        try:
            os.close(fd)
        except OSError as e:
            print("close twice:", type(e).__name__, e.errno, e.strerror)
        try:
            os.read(fd, 1)
        except OSError as e:
            print("read closed:", e)
        fd = os.open(path("data.bin"), os.O_RDWR)
        os.lseek(fd, 6, os.SEEK_SET)
        os.write(fd, b"WORLD")
        os.lseek(fd, 0, os.SEEK_SET)
        print("after O_RDWR patch:", os.read(fd, 64))
        os.ftruncate(fd, 5)
        os.lseek(fd, 0, os.SEEK_SET)
        print("after ftruncate:", os.read(fd, 64))
        os.close(fd)
        try:
            os.open(path("data.bin"), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        except FileExistsError as e:
            print("O_EXCL:", e.errno, e.strerror, e.filename)
        try:
            os.open(path("absent.bin"), os.O_RDONLY)
        except FileNotFoundError as e:
            print("O_RDONLY missing:", e)
        sizes = await asyncio.gather(*(append_record("log.txt", f"record {i}\n") for i in range(5)))
        print("appended:", sizes)
        fd = os.open(path("log.txt"), os.O_RDONLY)
        chunks = []
        while True:
            chunk = os.read(fd, 7)
            if not chunk:
                break
            chunks.append(chunk)
        os.close(fd)
        print("chunks:", len(chunks), sorted(b"".join(chunks).decode().splitlines()))
        with os.fdopen(os.open(path("log.txt"), os.O_RDONLY)) as f:
            print("fdopen:", type(f).__name__, f.readline().rstrip())
        print("flags distinct:", len({os.O_RDONLY, os.O_WRONLY, os.O_RDWR}) == 3, os.O_RDONLY)
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
