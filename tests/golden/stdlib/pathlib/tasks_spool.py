"""A spool directory shared by tasks: workers in a TaskGroup write result files atomically
(write to a .tmp, then replace), a collector polls with glob and reads them back, and a
queue hands finished paths to a reporter. Exercises Path I/O interleaved with asyncio."""
import asyncio
import shutil
from pathlib import Path

SPOOL = Path("_scratch_pathlib_spool")
JOBS = {"resize": [3, 1, 4], "thumb": [1, 5], "index": [9, 2, 6, 5], "noop": []}


async def worker(name, numbers, delay, done):
    out = SPOOL / "out" / f"{name}.result"
    tmp = out.with_suffix(".tmp")
    await asyncio.sleep(delay)
    with tmp.open("w") as f:
        for n in numbers:
            f.write(f"{n} {n * n}\n")
            await asyncio.sleep(0)
    tmp.replace(out)
    await done.put(out)
    return out.name


async def collector(expected):
    seen = []
    while len(seen) < expected:
        for p in sorted((SPOOL / "out").glob("*.result")):
            if p.name not in seen:
                seen.append(p.name)
        await asyncio.sleep(0.002)
    leftovers = sorted(p.name for p in (SPOOL / "out").glob("*.tmp"))
    return sorted(seen), leftovers


async def reporter(done, count):
    summary = {}
    for _ in range(count):
        path = await done.get()
        lines = path.read_text().splitlines()
        total = sum(int(line.split()[1]) for line in lines)
        summary[path.stem] = (len(lines), total)
        (SPOOL / "reports" / path.with_suffix(".txt").name).write_text(f"{path.stem}: {total}\n")
    return summary


async def main():
    shutil.rmtree(SPOOL, ignore_errors=True)
    for sub in ("out", "reports"):
        (SPOOL / sub).mkdir(parents=True)
    try:
        done = asyncio.Queue()
        async with asyncio.TaskGroup() as tg:
            col = tg.create_task(collector(len(JOBS)))
            rep = tg.create_task(reporter(done, len(JOBS)))
            names = [tg.create_task(worker(n, nums, 0.001 * i, done))
                     for i, (n, nums) in enumerate(JOBS.items())]
        print("workers returned:", [t.result() for t in names])
        seen, leftovers = col.result()
        print("collector saw:", seen, "tmp leftovers:", leftovers)
        for name, (count, total) in sorted(rep.result().items()):
            print(f"  {name:7} lines={count} sum_sq={total}")
        reports = sorted((SPOOL / "reports").iterdir())
        print("reports:", [p.name for p in reports])
        print("combined:", "".join(p.read_text() for p in reports), end="")
        sizes = {p.name: p.stat().st_size for p in (SPOOL / "out").iterdir()}
        print("sizes:", sorted(sizes.items()))
        print("empty results:", [n for n, s in sorted(sizes.items()) if s == 0])
    finally:
        shutil.rmtree(SPOOL, ignore_errors=True)
    print("spool removed:", not SPOOL.exists())


asyncio.run(main())
