"""pprint of the richer containers an asyncio job collects results into: dataclasses (nested,
with repr=False fields), OrderedDict, defaultdict, Counter, deque, ChainMap, UserDict/UserList,
SimpleNamespace, mappingproxy, and objects with their own __repr__."""
import asyncio
import collections
import dataclasses
import pprint
import types


@dataclasses.dataclass
class Point:
    x: int
    y: int


@dataclasses.dataclass
class Job:
    name: str
    priority: int = 0
    tags: list = dataclasses.field(default_factory=list)
    origin: Point = dataclasses.field(default_factory=lambda: Point(0, 0))
    secret: str = dataclasses.field(default="hidden", repr=False)


@dataclasses.dataclass(repr=False)
class Plain:
    value: int


class Token:
    def __init__(self, kind, text):
        self.kind, self.text = kind, text

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


async def fetch(name, delay_steps):
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    return Job(name, priority=delay_steps, tags=[name.upper(), "batch", "nightly-" + name * 3])


async def main():
    jobs = await asyncio.gather(fetch("ingest", 2), fetch("index", 1), fetch("report", 3))
    print("--- dataclasses")
    pprint.pprint(jobs[0])
    pprint.pprint(jobs, width=60)
    pprint.pprint(Point(1, 2))
    pprint.pprint([Point(i, -i) for i in range(3)], width=20)
    pprint.pprint(Job("tiny"), width=200)
    pprint.pprint(Job("deep", tags=[[1, [2, [3]]]]), depth=2)
    print(pprint.pformat(Plain(5)).startswith("<"))

    print("--- collections")
    od = collections.OrderedDict([("zeta", 1), ("alpha", [1, 2, 3]), ("mid", {"k": "v"})])
    pprint.pprint(od)
    pprint.pprint(od, width=30)
    pprint.pprint(collections.OrderedDict())
    dd = collections.defaultdict(list)
    for word in "apple avocado banana blueberry cherry cranberry coconut".split():
        dd[word[0]].append(word)
    pprint.pprint(dd)
    pprint.pprint(dd, width=40)
    pprint.pprint(collections.defaultdict(int))
    counts = collections.Counter("abracadabra alakazam")
    pprint.pprint(collections.Counter("abracadabra"))
    pprint.pprint(counts.most_common(3))
    pprint.pprint(counts, width=30)
    pprint.pprint(collections.Counter())
    dq = collections.deque(range(12), maxlen=25)
    pprint.pprint(dq)
    pprint.pprint(dq, width=20)
    pprint.pprint(collections.deque(["a" * 20, "b" * 20, "c" * 20]), width=30)
    chain = collections.ChainMap({"user": "alice", "debug": True}, {"user": "root", "shell": "/bin/sh"})
    pprint.pprint(chain)
    pprint.pprint(chain, width=40)
    ud = collections.UserDict({"b": [1, 2], "a": "x" * 30})
    pprint.pprint(ud, width=30)
    ul = collections.UserList(["item-%02d" % i for i in range(8)])
    pprint.pprint(ul, width=30)
    Pair = collections.namedtuple("Pair", "left right")
    pprint.pprint(Pair(1, 2))
    pprint.pprint([Pair("l" * 20, "r" * 20)], width=30)

    print("--- namespaces and misc")
    ns = types.SimpleNamespace(host="example.org", port=8080, paths=["/a", "/b"], meta={"x": 1})
    pprint.pprint(ns)
    pprint.pprint(ns, width=30)
    pprint.pprint(types.SimpleNamespace())
    pprint.pprint(types.MappingProxyType({"b": 2, "a": 1}))
    pprint.pprint(types.MappingProxyType({"key-%d" % i: i for i in range(4)}), width=30)
    tokens = [Token("NAME", "x"), Token("OP", "+="), Token("NUMBER", "12345")]
    pprint.pprint(tokens, width=30)
    pprint.pprint({"tokens": tokens[:1], "count": len(tokens)})
    print(pprint.isreadable(tokens), pprint.isreadable(Point(1, 2)), pprint.isreadable(od))
    print(pprint.saferepr(jobs[1]))
    print(pprint.saferepr(dd))
    printer = pprint.PrettyPrinter(width=40, sort_dicts=False, compact=True)
    printer.pprint({"z": list(range(15)), "a": dq})


asyncio.run(main())
