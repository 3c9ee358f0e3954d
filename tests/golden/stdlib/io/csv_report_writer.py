"""A small reporting job: worker tasks append results to a shared log file, then the main
task reads it back, aggregates by hand-parsed CSV fields, writes a report with print(file=),
and reads the report line by line; ends with exit code 3 when failures were seen."""
import asyncio
import os
import shutil
import sys

ROOT = "_scratch_csv_report_writer"
LOG = os.path.join(ROOT, "results.csv")
REPORT = os.path.join(ROOT, "report.txt")

JOBS = {
    "resize": [("img1.png", 120), ("img2.png", 340), ("img3.png", -1)],
    "upload": [("a.zip", 900), ("b.zip", 1100)],
    "thumb": [("img1.png", 15), ("big.tif", -1), ("img2.png", 22)],
}


async def worker(name, items, lock):
    for item, ms in items:
        await asyncio.sleep(0)
        status = "ok" if ms >= 0 else "fail"
        async with lock:
            with open(LOG, "a", encoding="utf-8") as f:
                f.write(f"{name},{item},{status},{max(ms, 0)}\n")


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.mkdir(ROOT)
    try:
        with open(LOG, "w", encoding="utf-8") as f:
            f.write("job,item,status,ms\n")
        lock = asyncio.Lock()
        await asyncio.gather(*(worker(n, items, lock) for n, items in JOBS.items()))
        stats = {}
        failures = []
        with open(LOG, encoding="utf-8") as f:
            header = next(f).rstrip("\n").split(",")
            print("header:", header)
            for lineno, line in enumerate(f, 2):
                row = dict(zip(header, line.rstrip("\n").split(",")))
                s = stats.setdefault(row["job"], {"ok": 0, "fail": 0, "ms": 0})
                s[row["status"]] += 1
                s["ms"] += int(row["ms"])
                if row["status"] == "fail":
                    failures.append((lineno, row["job"], row["item"]))
        with open(REPORT, "w", encoding="utf-8") as out:
            print("JOB REPORT", file=out)
            print("=" * 30, file=out)
            for job in sorted(stats):
                s = stats[job]
                avg = s["ms"] / s["ok"] if s["ok"] else 0.0
                print(f"{job:<8}", f"ok={s['ok']}", f"fail={s['fail']}", f"avg={avg:7.2f}ms", sep=" | ", file=out)
            print("-" * 30, file=out)
            print("failures:", len(failures), file=out)
            for lineno, job, item in sorted(failures):
                print(f"  line {lineno}: {job} {item}", file=out)
        with open(REPORT, encoding="utf-8") as f:
            for line in f:
                print("|", line, end="")
        print("log lines:", sum(1 for _ in open(LOG, encoding="utf-8")))
        print("report size:", os.path.getsize(REPORT))
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))
    return 3 if failures else 0


sys.exit(asyncio.run(main()))
