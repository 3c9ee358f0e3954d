# Namespace objects and extension points: equality, `in`, vars(), odd attribute names, a
# custom namespace object, an Action subclass, a HelpFormatter subclass and the version action.
import argparse
import asyncio


class KeyValue(argparse.Action):
    """Collects KEY=VALUE pairs into a dict, rejecting malformed ones."""

    def __init__(self, option_strings, dest, **kwargs):
        kwargs.setdefault("default", {})
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        pairs = dict(getattr(namespace, self.dest) or {})
        for item in values if isinstance(values, list) else [values]:
            key, sep, value = item.partition("=")
            if not sep:
                raise argparse.ArgumentError(self, f"expected KEY=VALUE, got {item!r}")
            pairs[key] = value
        setattr(namespace, self.dest, pairs)
        print(f"  KeyValue({option_string}) -> {pairs}")


class Settings:
    def __init__(self):
        self.seen = []
        self.retries = 99

    def __setattr__(self, name, value):
        if name != "seen":
            self.seen.append(name)
        object.__setattr__(self, name, value)


class CompactFormatter(argparse.HelpFormatter):
    def _format_action_invocation(self, action):
        if not action.option_strings:
            return super()._format_action_invocation(action)
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        return ", ".join(action.option_strings) + " " + self._format_args(action, action.dest.upper())


async def main():
    a = argparse.Namespace(x=1, y="two")
    b = argparse.Namespace(y="two", x=1)
    print(a, a == b, a != b, a == argparse.Namespace(x=1), "x" in a, "z" in a)
    a.z = [3]
    del a.x
    print(a, vars(a), sorted(vars(b)))
    odd = argparse.Namespace(**{"with-dash": 1, "1st": 2, "ok": 3, "sp ace": 4})
    print(odd, getattr(odd, "with-dash"))
    print(argparse.Namespace(), argparse.Namespace() == argparse.Namespace())
    print(a == {"y": "two"}, a.__eq__(1))

    p = argparse.ArgumentParser(prog="cfg", formatter_class=lambda prog: CompactFormatter(prog, width=70))
    p.add_argument("--set", "-s", action=KeyValue, nargs="+", metavar="K=V", dest="settings")
    p.add_argument("--define", "-D", action=KeyValue)
    p.add_argument("--retries", type=int, default=3, help="attempts before giving up")
    p.add_argument("--dry-run", action="store_true", help="change nothing")
    p.add_argument("--version", action="version", version="%(prog)s 2.4.1")
    p.add_argument("target", nargs="?")
    print(p.format_help())
    ns = p.parse_args(["site", "-s", "a=1", "b=2", "-D", "debug=on", "--set", "a=9"])
    print(ns)
    custom = Settings()
    result = p.parse_args(["--retries", "5", "-Dk=v"], namespace=custom)
    print(result is custom, custom.retries, custom.define, custom.settings, custom.target)
    print(sorted(set(custom.seen)))
    kept = argparse.Namespace(retries=7, extra="kept")
    print(p.parse_args([], namespace=kept))
    for argv in (["--version"], ["-D", "broken"]):
        try:
            p.parse_args(argv)
        except SystemExit as e:
            print(argv, "exit", e.code)
    p.set_defaults(retries=10, mode="auto")
    print(p.parse_args([]))
    await asyncio.sleep(0)


asyncio.run(main())
