# args: --count 3 --name demo extra1 extra2
# parse_args() with no list reads sys.argv[1:]; the default prog is the basename of sys.argv[0].
import argparse
import asyncio
import sys


async def greet(name, i):
    await asyncio.sleep(0.001 * (3 - i))
    return f"{i}: hello {name}"


async def main():
    parser = argparse.ArgumentParser(description="Greets a few times.")
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--name", required=True)
    parser.add_argument("--loud", action="store_true")
    parser.add_argument("rest", nargs="*")
    print("argv", sys.argv[1:])
    ns = parser.parse_args()
    print(ns)
    print("prog", parser.prog)
    print(parser.format_usage(), end="")
    for line in await asyncio.gather(*(greet(ns.name, i) for i in range(ns.count))):
        print(line.upper() if ns.loud else line)
    known, extra = parser.parse_known_args()
    print("known", known == ns, extra)
    again = parser.parse_args(sys.argv[1:] + ["--loud"])
    print(again.loud, again.rest)


asyncio.run(main())
