"""A little binary log format, written by producer tasks and read back by a reader task.
File: a header (magic, version, flags) then records, each a fixed part (timestamp ms,
level, source id, message length) followed by the UTF-8 message and padding to 4 bytes.
The writer packs into a bytearray and appends; the reader walks the file with unpack_from."""
import asyncio
import os
import shutil
import struct

DIR = "_scratch_struct_log"
PATH = os.path.join(DIR, "app.blog")
FILE_HEADER = struct.Struct("<4sBBH")       # magic, version, flags, reserved
RECORD = struct.Struct("<QBHH")             # timestamp ms, level, source, message length
LEVELS = {10: "DEBUG", 20: "INFO", 30: "WARN", 40: "ERROR"}


def encode(ts, level, source, message):
    text = message.encode("utf-8")
    pad = -(RECORD.size + len(text)) % 4
    out = bytearray(RECORD.size + len(text) + pad)
    RECORD.pack_into(out, 0, ts, level, source, len(text))
    out[RECORD.size:RECORD.size + len(text)] = text
    return bytes(out)


async def producer(source, lines, lock, clock):
    for level, message in lines:
        await asyncio.sleep(0)
        async with lock:
            clock[0] += 5
            with open(PATH, "ab") as f:
                f.write(encode(clock[0], level, source, message))


def decode(data):
    magic, version, flags, _ = FILE_HEADER.unpack_from(data, 0)
    if magic != b"BLOG":
        raise ValueError(f"bad magic {magic!r}")
    pos = FILE_HEADER.size
    records = []
    while pos < len(data):
        ts, level, source, n = RECORD.unpack_from(data, pos)
        start = pos + RECORD.size
        message = data[start:start + n].decode("utf-8")
        records.append((ts, LEVELS.get(level, f"L{level}"), source, message))
        pos = start + n + (-(RECORD.size + n) % 4)
    return (version, flags), records, pos


async def reader():
    await asyncio.sleep(0.005)
    with open(PATH, "rb") as f:
        data = f.read()
    return len(data), decode(data)


async def main():
    shutil.rmtree(DIR, ignore_errors=True)
    os.mkdir(DIR)
    try:
        with open(PATH, "wb") as f:
            f.write(FILE_HEADER.pack(b"BLOG", 1, 0b101, 0))
        lock, clock = asyncio.Lock(), [1_700_000_000_000]
        await asyncio.gather(
            producer(1, [(20, "service started"), (10, "cache warm"), (20, "ready")], lock, clock),
            producer(2, [(30, "slow query: 120ms"), (40, "disk almost full ✗")], lock, clock),
            producer(3, [(20, ""), (25, "custom level")], lock, clock),
        )
        size, ((version, flags), records, end) = await reader()
        print(f"file: {size} bytes, version {version}, flags {flags:03b}, consumed {end}, aligned {size % 4 == 0}")
        for ts, level, source, message in sorted(records, key=lambda r: (r[2], r[0])):
            print(f"  src{source} +{ts - 1_700_000_000_000:3}ms {level:5} {message!r}")
        print("timestamps increase:", [r[0] for r in records] == sorted(r[0] for r in records))
        counts = {}
        for _, level, _, _ in records:
            counts[level] = counts.get(level, 0) + 1
        print("by level:", sorted(counts.items()))
        print("record sizes:", sorted({len(encode(0, 20, 1, m)) for m in ["", "a", "abcd", "abcde", "ready"]}))

        with open(PATH, "rb") as f:
            data = f.read()
        _, cut, _ = decode(data[:-6])
        print("slicing past the end is silent:", cut[-1][3])
        try:
            decode(data[:FILE_HEADER.size + 5])
        except struct.error as e:
            print("cut in a record header:", e)
        try:
            decode(b"XLOG" + data[4:])
        except ValueError as e:
            print("bad file:", e)
    finally:
        shutil.rmtree(DIR, ignore_errors=True)
    print("removed:", not os.path.exists(DIR))


asyncio.run(main())
