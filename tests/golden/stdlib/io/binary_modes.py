"""Binary files as a record store: wb/rb/ab/r+b, fixed-size records packed by hand, read(n),
seek/tell anywhere, readinto, bytes vs bytearray, and the text/binary type errors."""
import asyncio
import os
import shutil

ROOT = "_scratch_binary_modes"
DB = os.path.join(ROOT, "records.db")
SIZE = 12


def pack(key, value):
    k = key.encode("ascii").ljust(8, b"\0")
    return k + value.to_bytes(4, "little", signed=True)


def unpack(rec):
    return rec[:8].rstrip(b"\0").decode("ascii"), int.from_bytes(rec[8:], "little", signed=True)


async def producer(name, n):
    recs = []
    for i in range(n):
        await asyncio.sleep(0)
        recs.append(pack(f"{name}{i}", i * 100 - 50))
    return recs


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    try:
        batches = await asyncio.gather(producer("a", 3), producer("b", 2))
        with open(DB, "wb") as f:
            print("wb:", f.mode, f.name == DB, type(f).__name__)
            for batch in batches:
                for rec in batch:
                    f.write(rec)
            print("tell after writes:", f.tell())
        print("size:", os.path.getsize(DB))
        with open(DB, "rb") as f:
            print("rb:", f.mode, type(f).__name__)
            while rec := f.read(SIZE):
                print("  ", f.tell() - SIZE, unpack(rec))
            print("read at eof:", f.read(SIZE), f.read())
            f.seek(2 * SIZE)
            print("third:", unpack(f.read(SIZE)))
            f.seek(-SIZE, os.SEEK_END)
            print("last:", unpack(f.read(SIZE)), f.tell())
            f.seek(-2 * SIZE, os.SEEK_CUR)
            print("back two:", f.tell(), unpack(f.read(SIZE)))
            f.seek(0)
            buf = bytearray(SIZE)
            print("readinto:", f.readinto(buf), unpack(bytes(buf)))
            print("peek is bytes:", type(f.peek(1)).__name__, "read1:", len(f.read1(5)))
        with open(DB, "ab") as f:
            print("ab tell:", f.tell())
            f.write(pack("z", -1))
        with open(DB, "r+b") as f:
            f.seek(SIZE + 8)
            f.write((999).to_bytes(4, "little"))
            f.seek(0)
            data = f.read()
        print("all:", [unpack(data[i:i + SIZE]) for i in range(0, len(data), SIZE)])
        print("raw head:", data[:SIZE])
        with open(DB, "rb") as f:
            print("lines in binary:", len(f.readlines()), "first readline:", f.seek(0), f.readline()[:4])
        blob = os.path.join(ROOT, "blob.bin")
        with open(blob, "wb") as f:
            f.write(bytes(range(256)))
            f.write(bytearray(b"\r\n\x00end"))
        with open(blob, "rb") as f:
            content = f.read()
        print("blob:", len(content), content[:4], content[250:], content[-6:])
        with open(blob, "wb") as f:
            try:
                f.write("text into binary")
            except TypeError as e:
                print("str to wb:", e)
            try:
                f.write(42)
            except TypeError as e:
                print("int to wb:", e)
        with open(blob, "w") as f:
            try:
                f.write(b"bytes into text")
            except TypeError as e:
                print("bytes to w:", e)
        with open(blob, "rb") as f:
            print("blob now:", f.read())
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
