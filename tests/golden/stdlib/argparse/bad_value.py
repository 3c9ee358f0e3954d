# args: --level nine
# parse_args() on the real command line fails type conversion: usage and error on stderr, exit 2.
import argparse
import asyncio


async def work(level):
    await asyncio.sleep(0)
    print("working at", level)


parser = argparse.ArgumentParser(prog="worker")
parser.add_argument("--level", type=int, choices=range(1, 10), default=5, help="1..9")
parser.add_argument("--name", default="w1")
print("parsing")
ns = parser.parse_args()
asyncio.run(work(ns.level))
