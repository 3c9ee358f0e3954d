"""A log-rotation task in asyncio built on glob: workers write numbered log files into a
TemporaryDirectory, then glob/iglob select them by pattern (numbered suffixes, character
ranges, per-day subdirectories with **), old ones are deleted and the survivors listed.
All results are sorted and relative to the temporary directory."""
import asyncio
import glob
import os
import tempfile


async def writer(base, service, day, count):
    folder = os.path.join(base, day, service)
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        await asyncio.sleep(0)
        with open(os.path.join(folder, f"{service}.log.{i}"), "w") as f:
            f.write(f"{service} {day} {i}\n")
    with open(os.path.join(folder, f"{service}.log"), "w") as f:
        f.write("current\n")
    return service, day


def listing(base, pattern, **kw):
    return sorted(glob.glob(pattern, root_dir=base, **kw))


async def main():
    with tempfile.TemporaryDirectory(prefix="logs-") as base:
        done = await asyncio.gather(writer(base, "api", "2024-05-01", 3),
                                    writer(base, "worker", "2024-05-01", 2),
                                    writer(base, "api", "2024-05-02", 12),
                                    writer(base, "db", "2024-05-02", 1))
        print(done)
        print(listing(base, "*"))
        print(listing(base, "2024-05-0[12]/*"))
        print(listing(base, "*/api/api.log"))
        print(listing(base, "*/api/api.log.?"))
        print(listing(base, "*/api/api.log.??"))
        print(listing(base, "**/*.log", recursive=True))
        print(len(listing(base, "**", recursive=True)), len(listing(base, "**/", recursive=True)))
        print(listing(base, "2024-05-02/*/*.log.[0-1]"))
        print(listing(base, "2024-05-02/*/*.log.[!0-9]*"))
        print(listing(base, "*/{api,db}/*"))

        # rotate: keep only the newest two numbered files of each service and day
        removed = []
        for folder in sorted(glob.iglob(os.path.join(glob.escape(base), "*", "*"))):
            numbered = glob.glob(os.path.join(glob.escape(folder), "*.log.*"))
            numbered.sort(key=lambda p: int(p.rsplit(".", 1)[1]))
            for old in numbered[2:]:
                os.remove(old)
                removed.append(os.path.relpath(old, base))
            await asyncio.sleep(0)
        print(len(removed), removed[:3], removed[-1])
        print(listing(base, "**/*.log.*", recursive=True))

        async def count(day):
            await asyncio.sleep(0)
            return day, len(glob.glob(os.path.join(glob.escape(base), day, "**"), recursive=True))

        print(await asyncio.gather(*(count(d) for d in listing(base, "*"))))
        print(glob.glob(os.path.join(base, "2099-*")), list(glob.iglob("*.none", root_dir=base)))
        os.makedirs(os.path.join(base, "[weird] dir"))
        open(os.path.join(base, "[weird] dir", "x.log"), "w").close()
        print(listing(base, "[weird] dir/*"), listing(base, glob.escape("[weird] dir") + "/*"))
        prefix = os.path.basename(base)
        print(prefix.startswith("logs-"),
              glob.glob(os.path.join(os.path.dirname(base), glob.escape(prefix))) == [base])
    print(os.path.exists(base))


asyncio.run(main())
