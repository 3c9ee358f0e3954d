"""Road network: Dijkstra with a hand-written binary heap, path reconstruction, BFS layers."""
from typing import Generic, Iterator, TypeVar, Optional, Callable
from dataclasses import dataclass, field

T = TypeVar("T")


class MinHeap(Generic[T]):
    def __init__(self, key: Callable[[T], float]):
        self._items: list[T] = []
        self._key = key

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)

    def push(self, item: T) -> None:
        a = self._items
        a.append(item)
        i = len(a) - 1
        while i > 0 and self._key(a[(i - 1) // 2]) > self._key(a[i]):
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]
            i = (i - 1) // 2

    def pop(self) -> T:
        a = self._items
        top, last = a[0], a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and self._key(a[l]) < self._key(a[m]):
                    m = l
                if r < len(a) and self._key(a[r]) < self._key(a[m]):
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top


@dataclass
class Graph:
    adj: dict[str, dict[str, int]] = field(default_factory=dict)

    def road(self, a: str, b: str, km: int) -> None:
        self.adj.setdefault(a, {})[b] = km
        self.adj.setdefault(b, {})[a] = km

    def neighbours(self, node: str) -> Iterator[tuple[str, int]]:
        yield from sorted(self.adj.get(node, {}).items())

    def dijkstra(self, src: str) -> Iterator[tuple[str, int, Optional[str]]]:
        """Yields nodes in order of settlement with their distance and predecessor."""
        heap: MinHeap[tuple[int, str, Optional[str]]] = MinHeap(key=lambda t: (t[0], t[1]))
        heap.push((0, src, None))
        done: set[str] = set()
        while heap:
            d, node, prev = heap.pop()
            if node in done:
                continue
            done.add(node)
            yield node, d, prev
            for nxt, w in self.neighbours(node):
                if nxt not in done:
                    heap.push((d + w, nxt, node))

    def shortest_path(self, src: str, dst: str) -> tuple[int, list[str]]:
        prev: dict[str, Optional[str]] = {}
        for node, d, p in self.dijkstra(src):
            prev[node] = p
            if node == dst:
                path = [dst]
                while (p := prev[path[-1]]) is not None:
                    path.append(p)
                return d, path[::-1]
        raise KeyError(f"no route from {src} to {dst}")

    def bfs_layers(self, src: str) -> Iterator[list[str]]:
        seen, layer = {src}, [src]
        while layer:
            yield layer
            nxt = []
            for n in layer:
                for m, _ in self.neighbours(n):
                    if m not in seen:
                        seen.add(m)
                        nxt.append(m)
            layer = sorted(nxt)


g = Graph()
for a, b, km in [("Amsterdam", "Utrecht", 45), ("Utrecht", "Arnhem", 64), ("Amsterdam", "Haarlem", 20),
                 ("Haarlem", "Leiden", 32), ("Leiden", "Den Haag", 19), ("Den Haag", "Rotterdam", 27),
                 ("Rotterdam", "Utrecht", 61), ("Utrecht", "Den Bosch", 55), ("Den Bosch", "Eindhoven", 35),
                 ("Rotterdam", "Breda", 50), ("Breda", "Eindhoven", 60), ("Arnhem", "Nijmegen", 19),
                 ("Nijmegen", "Den Bosch", 47), ("Groningen", "Zwolle", 103)]:
    g.road(a, b, km)

for node, d, prev in g.dijkstra("Amsterdam"):
    print(f"{node:>10} {d:>4} km  via {prev or '-'}")
for src, dst in [("Haarlem", "Nijmegen"), ("Breda", "Arnhem"), ("Eindhoven", "Eindhoven")]:
    km, path = g.shortest_path(src, dst)
    print(f"{src} -> {dst}: {km} km: {' > '.join(path)}")
for i, layer in enumerate(g.bfs_layers("Leiden")):
    print(f"hop {i}: {', '.join(layer)}")
gen = g.dijkstra("Zwolle")
print(next(gen), next(gen), next(gen, "exhausted"))
h: MinHeap[int] = MinHeap(key=lambda x: -x)
for v in [5, 1, 9, 3, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))], len(h), bool(h))
print(g.shortest_path("Amsterdam", "Groningen"))
