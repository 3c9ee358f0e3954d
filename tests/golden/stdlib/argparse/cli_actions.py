# A job-runner CLI: positionals and options with types, defaults, choices, every nargs form and
# the store/append/count/extend actions; several argument lists are parsed and the jobs run.
import argparse
import asyncio


def build_parser():
    p = argparse.ArgumentParser(prog="runner", description="Run batch jobs.")
    p.add_argument("queue", help="queue name")
    p.add_argument("jobs", nargs="*", type=int, help="job ids")
    p.add_argument("-w", "--workers", type=int, default=2)
    p.add_argument("--ratio", type=float, default=0.5)
    p.add_argument("--mode", choices=["fast", "safe", "dry"], default="safe")
    p.add_argument("--tag", action="append", dest="tags", metavar="TAG")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--no-cache", action="store_false", dest="cache")
    p.add_argument("--force", action="store_true")
    p.add_argument("--priority", action="store_const", const=10, default=1)
    p.add_argument("--label", action="extend", nargs="+", default=[])
    p.add_argument("--origin", nargs="?", const="here", default="nowhere")
    p.add_argument("--size", nargs=2, type=int, metavar=("W", "H"))
    p.add_argument("--owner", required=True)
    return p


async def run_job(queue, job, ns, log):
    await asyncio.sleep(0.001 * (job % 3))
    scaled = round(job * ns.ratio, 3)
    log.append(f"{queue}#{job} mode={ns.mode} scaled={scaled} prio={ns.priority}")
    return scaled


async def run_all(ns):
    log = []
    sem = asyncio.Semaphore(ns.workers)

    async def guarded(job):
        async with sem:
            return await run_job(ns.queue, job, ns, log)

    results = await asyncio.gather(*(guarded(j) for j in ns.jobs))
    for line in sorted(log):
        print("  ", line)
    return sum(results)


ARGV = [
    ["inbox", "--owner", "ann"],
    ["inbox", "1", "2", "3", "--owner", "bob", "-w", "1", "--ratio", "2.5"],
    ["batch", "7", "8", "--owner=cy", "--mode", "fast", "--tag", "a", "--tag", "b", "-vvv"],
    ["q", "--owner", "dee", "--no-cache", "--force", "--priority", "--label", "x", "y",
     "--label", "z", "--origin"],
    ["q", "4", "--owner", "eve", "--origin", "there", "--size", "640", "480", "-v", "-v"],
    ["--owner", "fay", "--mode", "dry", "--", "q", "5", "6"],
]


async def main():
    parser = build_parser()
    for argv in ARGV:
        ns = parser.parse_args(argv)
        print(argv)
        print(ns)
        print(" queue", ns.queue, "jobs", ns.jobs, "workers", ns.workers, "tags", ns.tags)
        print(" verbose", ns.verbose, "cache", ns.cache, "force", ns.force, "label", ns.label)
        print(" origin", ns.origin, "size", ns.size, "owner", ns.owner)
        total = await run_all(ns)
        print(" total", total)
    d = vars(parser.parse_args(["z", "--owner", "gus"]))
    print(sorted(d.items()))
    print(parser.get_default("workers"), parser.get_default("cache"), parser.get_default("nope"))


asyncio.run(main())
