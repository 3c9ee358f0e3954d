"""Binary heap priority queue written by hand, used for Dijkstra on a small graph."""
from dataclasses import dataclass, field
from typing import Any, Generic, Iterator, TypeVar

T = TypeVar("T")


class EmptyHeap(LookupError):
    pass


class Heap(Generic[T]):
    def __init__(self, items=(), *, key=lambda x: x) -> None:
        self._a: list[T] = []
        self.key = key
        for it in items:
            self.push(it)

    def _less(self, i: int, j: int) -> bool:
        return self.key(self._a[i]) < self.key(self._a[j])

    def push(self, item: T) -> None:
        a = self._a
        a.append(item)
        i = len(a) - 1
        while i and self._less(i, (i - 1) // 2):
            p = (i - 1) // 2
            a[i], a[p] = a[p], a[i]
            i = p

    def pop(self) -> T:
        a = self._a
        if not a:
            raise EmptyHeap("pop from empty heap")
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while (c := 2 * i + 1) < len(a):
            if c + 1 < len(a) and self._less(c + 1, c):
                c += 1
            if not self._less(c, i):
                break
            a[i], a[c] = a[c], a[i]
            i = c
        return top

    def peek(self) -> T:
        return self._a[0]

    def __len__(self) -> int:
        return len(self._a)

    def __bool__(self) -> bool:
        return bool(self._a)

    def drain(self) -> Iterator[T]:
        while self:
            yield self.pop()


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


GRAPH: dict[str, dict[str, int]] = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
}


def dijkstra(src: str) -> tuple[dict[str, int], dict[str, str]]:
    dist = {src: 0}
    prev: dict[str, str] = {}
    pq: Heap[tuple[int, str]] = Heap([(0, src)])
    while pq:
        d, u = pq.pop()
        if d > dist.get(u, float("inf")):
            continue
        for v, w in GRAPH[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                pq.push((nd, v))
    return dist, prev


def path(prev: dict[str, str], dst: str) -> str:
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return " -> ".join(reversed(out))


print(list(Heap([5, 3, 8, 1, 9, 2, 7]).drain()))
print(list(Heap(["pear", "fig", "banana", "kiwi"], key=len).drain()))
tasks = Heap([Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(5, "ship")])
tasks.push(Task(0, "coffee"))
print(tasks.peek(), len(tasks), [t.name for t in tasks.drain()])
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"{node}: {dist[node]:>3}  via {path(prev, node)}")
print(max(dist.items(), key=lambda kv: kv[1]))
print(Task(1, "a") < Task(2, "b"), Task(1, "a") == Task(1, "z"))
h: Heap[int] = Heap(key=lambda x: -x)
for x in (4, 1, 7):
    h.push(x)
print(h.pop(), h.pop(), h.pop(), bool(h))
h.pop()
