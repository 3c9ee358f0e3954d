"""Reading a log file every way scripts do: iterating lines, readline in a loop, readlines
with a hint, read(n) chunks, tell() at line boundaries, and writelines to build it."""
import asyncio
import os
import shutil

ROOT = "_scratch_line_reading"
LOG = os.path.join(ROOT, "server.log")

LINES = [
    "2024-01-01 INFO start\n",
    "2024-01-01 WARN disk 91%\n",
    "2024-01-02 INFO request /index\n",
    "2024-01-02 ERROR timeout after 30s\n",
    "\n",
    "2024-01-03 INFO request /about\n",
    "2024-01-03 ERROR crash: ValueError\n",
    "no newline at end",
]


async def count_level(level):
    await asyncio.sleep(0)
    n = 0
    with open(LOG) as f:
        for line in f:
            if f" {level} " in line:
                n += 1
    return level, n


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    try:
        with open(LOG, "w") as f:
            print("writelines returns:", f.writelines(LINES))
            f.writelines(line for line in [])
        with open(LOG) as f:
            for i, line in enumerate(f, 1):
                print(f"{i:2}: {line!r}")
        with open(LOG) as f:
            offsets = []
            while True:
                pos = f.tell()
                line = f.readline()
                if not line:
                    break
                offsets.append((pos, len(line)))
            print("offsets:", offsets)
            print("readline at eof:", repr(f.readline()), repr(f.readline()))
            f.seek(offsets[3][0])
            print("jump to line 4:", repr(f.readline()))
            print("readline(5):", repr(f.readline(5)), repr(f.readline(5)))
        with open(LOG) as f:
            print("readlines(40):", f.readlines(40))
            print("next line:", repr(next(f)))
            print("remaining count:", len(f.readlines()))
        with open(LOG) as f:
            chunks = []
            while chunk := f.read(50):
                chunks.append(len(chunk))
            print("read(50) chunks:", chunks, "total:", sum(chunks))
        with open(LOG) as f:
            print("read(0):", repr(f.read(0)), "read(-1) len:", len(f.read(-1)), "read() at end:", repr(f.read()))
        with open(LOG) as f:
            errors = [line.rstrip("\n").split(" ", 2)[2] for line in f if " ERROR " in line]
            print("errors:", errors)
        with open(LOG) as f:
            first, second, *rest = f
            print("unpacked:", first.strip(), "|", second.strip(), "|", len(rest))
        with open(LOG) as f:
            print("stripped non-empty:", sum(1 for line in map(str.strip, f) if line))
        with open(LOG) as f:
            it = iter(f)
            print("iter is file:", it is f, "next:", next(it).split()[1])
        counts = await asyncio.gather(*(count_level(lv) for lv in ("INFO", "WARN", "ERROR", "DEBUG")))
        print("levels:", dict(counts))
        with open(os.path.join(ROOT, "empty.txt"), "w"):
            pass
        with open(os.path.join(ROOT, "empty.txt")) as f:
            print("empty:", repr(f.read()), f.readlines(), list(f), repr(f.readline()))
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
