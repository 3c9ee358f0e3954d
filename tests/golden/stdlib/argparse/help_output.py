# Help screens from format_help(): description and epilog, argument groups, a mutually
# exclusive group, metavars, %(default)s, the four formatter classes, and wrapping at
# explicit widths (one parser keeps the default width).
import argparse
import asyncio


def width(cls, w):
    return lambda prog: cls(prog, width=w)


def mirror_parser(formatter_class, w=None):
    fc = formatter_class if w is None else width(formatter_class, w)
    p = argparse.ArgumentParser(
        prog="mirror",
        description="Mirror a remote repository into a local directory, keeping only the "
                    "objects that changed since the last successful run.\n\n"
                    "  Indented line kept by raw formatters.",
        epilog="Examples:\n  mirror https://example.org/repo ./out\n  mirror -j 8 --dry-run src dst",
        formatter_class=fc,
    )
    p.add_argument("source", help="URL of the repository to mirror")
    p.add_argument("dest", nargs="?", default="./mirror", help="target directory (default: %(default)s)")
    net = p.add_argument_group("network", "Options that control how objects are fetched.")
    net.add_argument("-j", "--jobs", type=int, default=4, metavar="N",
                     help="number of parallel downloads; larger values use more memory and "
                          "may be throttled by the server")
    net.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    net.add_argument("--retry", choices=["never", "once", "always"], default="once")
    out = p.add_argument_group("output")
    quiet = out.add_mutually_exclusive_group()
    quiet.add_argument("-q", "--quiet", action="store_true", help="print nothing")
    quiet.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    out.add_argument("--format", dest="fmt", default="text", metavar="{text|json}",
                     help="report format:\n  text - lines\n  json - one object")
    out.add_argument("--hidden", help=argparse.SUPPRESS)
    p.add_argument("--exclude", nargs="+", metavar="GLOB", default=[], help="skip paths")
    p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
    return p


async def render(name, parser):
    await asyncio.sleep(0)
    return f"===== {name} =====\n{parser.format_help()}"


async def main():
    parsers = [
        ("plain 80", mirror_parser(argparse.HelpFormatter, 80)),
        ("defaults 72", mirror_parser(argparse.ArgumentDefaultsHelpFormatter, 72)),
        ("raw description 60", mirror_parser(argparse.RawDescriptionHelpFormatter, 60)),
        ("raw text 100", mirror_parser(argparse.RawTextHelpFormatter, 100)),
        ("narrow 40", mirror_parser(argparse.HelpFormatter, 40)),
        ("default width", mirror_parser(argparse.HelpFormatter)),
    ]
    for text in await asyncio.gather(*(render(n, p) for n, p in parsers)):
        print(text)
    short = argparse.ArgumentParser(prog="tiny", usage="%(prog)s [opts] FILE", add_help=False,
                                    formatter_class=width(argparse.HelpFormatter, 50))
    short.add_argument("file")
    print(short.format_usage(), end="")
    print(short.format_help())


asyncio.run(main())
