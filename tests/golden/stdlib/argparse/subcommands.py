# A package-manager CLI with required subcommands: aliases, per-command help, set_defaults
# with an async handler per command, parent parsers sharing options, dispatch via asyncio.run.
import argparse
import asyncio

INSTALLED = {"requests": "2.31", "attrs": "23.1"}


async def cmd_install(ns):
    for name in ns.packages:
        await asyncio.sleep(0)
        INSTALLED[name] = ns.version or "latest"
        print(f"installed {name}=={INSTALLED[name]}" + (" (dry run)" if ns.dry_run else ""))
    return len(ns.packages)


async def cmd_remove(ns):
    removed = [n for n in ns.packages if INSTALLED.pop(n, None) is not None]
    print("removed", removed, "missing", [n for n in ns.packages if n not in removed])
    return len(removed)


async def cmd_list(ns):
    rows = sorted(INSTALLED.items(), reverse=ns.reverse)
    for name, ver in rows[: ns.limit]:
        print(f"  {name:<10}{ver}")
    return len(rows)


async def cmd_cache(ns):
    print("cache", ns.cache_cmd, "keep", ns.keep)
    return 0


def build():
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-n", "--dry-run", action="store_true")
    p = argparse.ArgumentParser(prog="pkg", formatter_class=lambda prog: argparse.HelpFormatter(prog, width=70))
    p.add_argument("--root", default="/opt")
    sub = p.add_subparsers(dest="command", required=True, title="commands", metavar="COMMAND",
                           help="what to do")
    inst = sub.add_parser("install", aliases=["i", "add"], parents=[common], help="install packages")
    inst.add_argument("packages", nargs="+")
    inst.add_argument("--version")
    inst.set_defaults(func=cmd_install)
    rm = sub.add_parser("remove", parents=[common], help="remove packages", description="Remove.")
    rm.add_argument("packages", nargs="+")
    rm.set_defaults(func=cmd_remove)
    ls = sub.add_parser("list", help="list installed packages")
    ls.add_argument("--limit", type=int, default=10)
    ls.add_argument("-r", "--reverse", action="store_true")
    ls.set_defaults(func=cmd_list, root="/list-root")
    cache = sub.add_parser("cache")
    cache_sub = cache.add_subparsers(dest="cache_cmd", required=True)
    purge = cache_sub.add_parser("purge")
    purge.add_argument("--keep", type=int, default=0)
    cache_sub.add_parser("info").set_defaults(keep=-1)
    cache.set_defaults(func=cmd_cache)
    return p, sub, inst, cache


def main():
    p, sub, inst, cache = build()
    print(p.format_help())
    print(inst.format_help())
    print(cache.format_usage(), end="")
    print(sorted(sub.choices))
    for argv in (["install", "httpx", "--version", "0.27"],
                 ["i", "-n", "rich"],
                 ["--root", "/srv", "add", "a", "b"],
                 ["list", "-r", "--limit", "2"],
                 ["remove", "attrs", "nope"],
                 ["list"],
                 ["cache", "purge", "--keep", "3"],
                 ["cache", "info"]):
        ns = p.parse_args(argv)
        shown = {k: v for k, v in vars(ns).items() if k != "func"}
        print(argv, "->", ns.command, sorted(shown.items()), ns.func.__name__)
        print(" result", asyncio.run(ns.func(ns)))
    for argv in ([], ["bogus"], ["install"]):
        try:
            p.parse_args(argv)
        except SystemExit as e:
            print(argv, "exit", e.code)


main()
