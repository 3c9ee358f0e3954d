# Less common parsing modes: parse_known_args, parse_intermixed_args, '+' prefix chars,
# allow_abbrev=False, '--', negative numbers, '--x=3', bundled short flags, add_help=False,
# exit_on_error=False raising ArgumentError, and ArgumentTypeError from a custom type.
import argparse
import asyncio


def port(text):
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError(f"port {value} out of range")
    return value


def show(label, result):
    print(f"{label}: {result}")


async def main():
    p = argparse.ArgumentParser(prog="known")
    p.add_argument("--x", type=int)
    p.add_argument("name")
    ns, rest = p.parse_known_args(["--x=3", "alpha", "--unknown", "u", "-z", "beta"])
    show("known", (ns, rest))
    show("known2", p.parse_known_args(["--x", "-4", "n", "--", "--x", "9"]))

    mix = argparse.ArgumentParser(prog="mix")
    mix.add_argument("--flag", action="store_true")
    mix.add_argument("-o", dest="out")
    mix.add_argument("files", nargs="*")
    mix.add_argument("last")
    argv = ["a", "--flag", "b", "-o", "x", "c", "d"]
    show("intermixed", mix.parse_intermixed_args(argv))
    show("known intermixed", mix.parse_known_intermixed_args(argv + ["--zz"]))

    plus = argparse.ArgumentParser(prog="plus", prefix_chars="+/", add_help=False)
    plus.add_argument("+v", "++verbose", action="count", default=0)
    plus.add_argument("/o", dest="opt")
    plus.add_argument("items", nargs="*")
    show("plus", plus.parse_args(["+vv", "++verbose", "/o", "val", "-1", "-x"]))
    print(plus.format_help(), end="")

    strict = argparse.ArgumentParser(prog="strict", allow_abbrev=False, exit_on_error=False)
    strict.add_argument("--color", choices=["red", "blue"])
    strict.add_argument("--count", type=int, default=0)
    strict.add_argument("--port", type=port)
    for argv in (["--color", "red"], ["--col", "red"], ["--count", "x"], ["--color", "green"],
                 ["--port", "70000"], ["--port", "8080"], ["--port", "http"]):
        try:
            show("strict", strict.parse_args(argv))
        except argparse.ArgumentError as e:
            print("ArgumentError", type(e).__name__, repr(e.argument_name), "|", e)
        except SystemExit as e:
            print("strict exit", e.code)

    neg = argparse.ArgumentParser(prog="neg")
    neg.add_argument("-n", type=float)
    neg.add_argument("vals", nargs="*", type=int)
    show("negatives", neg.parse_args(["-n", "-2.5", "-5", "7", "-3"]))
    neg_opt = argparse.ArgumentParser(prog="negopt", exit_on_error=False)
    neg_opt.add_argument("-1", dest="one", action="store_true")
    neg_opt.add_argument("vals", nargs="*")
    show("neg-like option", neg_opt.parse_args(["-1", "--", "-5"]))

    short = argparse.ArgumentParser(prog="short", add_help=False)
    short.add_argument("-a", action="store_true")
    short.add_argument("-b", action="store_true")
    short.add_argument("-c", type=int)
    short.add_argument("-v", action="count", default=0)
    short.add_argument("-h", dest="host", default="localhost")
    show("bundled", short.parse_args(["-abc5", "-vvv", "-hexample.org"]))
    show("bundled2", short.parse_args(["-ba", "-c=9", "-v"]))
    print(short.format_usage(), end="")

    sep = argparse.ArgumentParser(prog="sep")
    sep.add_argument("cmd")
    sep.add_argument("args", nargs=argparse.REMAINDER)
    show("remainder", sep.parse_args(["run", "--x", "1", "-y"]))
    await asyncio.sleep(0)


asyncio.run(main())
