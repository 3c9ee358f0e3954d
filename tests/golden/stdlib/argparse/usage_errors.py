# Usage errors reported by parser.error(): each parse is wrapped so the SystemExit code is
# printed and the next case runs; the usage lines and messages land on stderr.
import argparse
import asyncio
import sys


def build():
    p = argparse.ArgumentParser(prog="deploy",
                                formatter_class=lambda prog: argparse.HelpFormatter(prog, width=76))
    p.add_argument("target")
    p.add_argument("hosts", nargs=2, metavar="HOST")
    p.add_argument("--env", required=True, choices=["dev", "stage", "prod"])
    p.add_argument("--replicas", type=int, default=1)
    p.add_argument("--ratio", type=float)
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--version-tag")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--rolling", action="store_true")
    g.add_argument("--blue-green", action="store_true")
    return p


CASES = [
    ("ok", ["web", "a", "b", "--env", "dev"]),
    ("missing required", ["web", "a", "b"]),
    ("missing positionals", ["--env", "dev"]),
    ("invalid choice", ["web", "a", "b", "--env", "qa"]),
    ("invalid int", ["web", "a", "b", "--env", "dev", "--replicas", "three"]),
    ("invalid float", ["web", "a", "b", "--env", "dev", "--ratio", "1/2"]),
    ("unrecognized", ["web", "a", "b", "c", "--env", "dev", "--force", "-x"]),
    ("too few", ["web", "a", "--env", "prod"]),
    ("exclusive", ["web", "a", "b", "--env", "dev", "--rolling", "--blue-green"]),
    ("ambiguous prefix", ["web", "a", "b", "--env", "dev", "--ver"]),
    ("unique prefix", ["web", "a", "b", "--env", "dev", "--verb", "--rep", "4"]),
    ("expected one", ["web", "a", "b", "--env"]),
    ("expected one before option", ["web", "a", "b", "--replicas", "--env", "dev"]),
    ("explicit arg to flag", ["web", "a", "b", "--env", "dev", "--verbose=yes"]),
]


async def attempt(parser, label, argv):
    print(f"-- {label}: {argv}")
    print(f"-- {label}", file=sys.stderr)
    try:
        ns = parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
        return False
    print("parsed", ns)
    return True


async def main():
    parser = build()
    results = []
    for label, argv in CASES:
        results.append(await attempt(parser, label, argv))
    print(results.count(True), "ok,", results.count(False), "failed")
    try:
        parser.error("custom message with %s" % "formatting")
    except SystemExit as e:
        print("custom exit", e.code)
    try:
        parser.exit(5, "leaving early\n")
    except SystemExit as e:
        print("parser.exit", e.code)


asyncio.run(main())
