# asdict()/astuple() deep-copy what they do not rebuild (copy.deepcopy): user objects with
# __slots__, subclasses of list, exceptions, frozensets, slices, bytearrays; unpicklable values
# raise; an unhashable default needs a default_factory.
from dataclasses import dataclass, field, asdict, astuple
import asyncio

class Node:
    __slots__ = ("v", "next")
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt
    def __repr__(self):
        return f"Node({self.v}, {self.next!r})"

class Tags(list):
    pass

@dataclass
class Graph:
    shared: list
    again: list
    node: Node
    tags: Tags
    err: Exception
    frozen: frozenset = frozenset({1, 2})
    sl: slice = field(default_factory=lambda: slice(1, 5))
    raw: bytearray = field(default_factory=lambda: bytearray(b"ab"))

s = [1, [2]]
cyc = [0]
cyc.append(cyc)
g = Graph(s, s, Node(1, Node(2)), Tags([1, [2]]), ValueError("bad", [1]))
d = asdict(g)
print(d["shared"] is d["again"], d["shared"] == s, d["shared"] is s)
d["node"].next.v = 99
print(g.node, d["node"], type(d["tags"]).__name__, d["tags"], d["err"], repr(d["err"]), d["err"] is g.err)
print(d["frozen"], d["sl"], d["raw"], d["raw"] is g.raw)

class Pair:
    def __init__(self, items):
        self.left = self.right = items

    def __eq__(self, other):
        return isinstance(other, Pair) and self.left == other.left


@dataclass
class Holder:
    pair: Pair
    ring: list


h = Holder(Pair([1, 2]), [])
copied = asdict(h)["pair"]
print(copied.left is copied.right, copied.left is h.pair.left, copied == h.pair)
try:
    @dataclass
    class Bad:
        p: Pair = Pair([])
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        s: slice = slice(1)
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Job:
    name: str
    gen: object

def gen():
    yield 1

for bad in [gen(), {}.keys()]:
    try:
        asdict(Job("j", bad))
    except TypeError as e:
        print("TypeError:", e)

async def main():
    t = asyncio.ensure_future(asyncio.sleep(0))
    try:
        asdict(Job("t", t))
    except TypeError as e:
        print("TypeError:", e)
    await t

asyncio.run(main())
