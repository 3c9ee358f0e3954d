"""Grid maze: parse, BFS shortest path, A* with Manhattan heuristic, flood-fill regions, render the route."""
import sys
from dataclasses import dataclass
from typing import Iterator, NamedTuple, Optional

MAZE = """\
###############
#S....#.......#
#.###.#.#####.#
#.#...#.#...#.#
#.#.###.#.#.#.#
#...#...#.#...#
###.#.###.###.#
#...#.....#..E#
#.#######.#.###
#.........#...#
###############
"""


class P(NamedTuple):
    r: int
    c: int

    def __add__(self, other: "P") -> "P":          # type: ignore[override]
        return P(self.r + other.r, self.c + other.c)

    def manhattan(self, other: "P") -> int:
        return abs(self.r - other.r) + abs(self.c - other.c)


DIRS = (P(-1, 0), P(0, 1), P(1, 0), P(0, -1))


@dataclass
class Grid:
    cells: list[str]

    @classmethod
    def parse(cls, text: str) -> "Grid":
        return cls(text.splitlines())

    def find(self, ch: str) -> P:
        for r, row in enumerate(self.cells):
            if (c := row.find(ch)) >= 0:
                return P(r, c)
        raise LookupError(f"{ch!r} not in maze")

    def open(self, p: P) -> bool:
        return 0 <= p.r < len(self.cells) and 0 <= p.c < len(self.cells[p.r]) and self.cells[p.r][p.c] != "#"

    def neighbours(self, p: P) -> Iterator[P]:
        return (q for d in DIRS if self.open(q := p + d))

    def bfs(self, start: P, goal: P) -> Optional[list[P]]:
        prev: dict[P, Optional[P]] = {start: None}
        frontier = [start]
        while frontier:
            nxt = []
            for p in frontier:
                if p == goal:
                    path = [p]
                    while (q := prev[path[-1]]) is not None:
                        path.append(q)
                    return path[::-1]
                for q in self.neighbours(p):
                    if q not in prev:
                        prev[q] = p
                        nxt.append(q)
            frontier = nxt
        return None

    def astar(self, start: P, goal: P) -> tuple[int, int]:
        best = {start: 0}
        open_list = [(start.manhattan(goal), 0, start)]
        expanded = 0
        while open_list:
            open_list.sort(reverse=True)
            f, g, p = open_list.pop()
            expanded += 1
            if p == goal:
                return g, expanded
            for q in self.neighbours(p):
                if g + 1 < best.get(q, sys.maxsize):
                    best[q] = g + 1
                    open_list.append((g + 1 + q.manhattan(goal), g + 1, q))
        return sys.maxsize, expanded

    def regions(self) -> list[int]:
        seen: set[P] = set()
        sizes = []
        for r, row in enumerate(self.cells):
            for c, ch in enumerate(row):
                p = P(r, c)
                if ch != "#" and p not in seen:
                    stack, size = [p], 0
                    seen.add(p)
                    while stack:
                        size += 1
                        for q in self.neighbours(stack.pop()):
                            if q not in seen:
                                seen.add(q)
                                stack.append(q)
                    sizes.append(size)
        return sizes

    def render(self, path: list[P]) -> str:
        rows = [list(r) for r in self.cells]
        for p in path[1:-1]:
            rows[p.r][p.c] = "*"
        return "\n".join("".join(r) for r in rows)


g = Grid.parse(MAZE)
s, e = g.find("S"), g.find("E")
path = g.bfs(s, e)
assert path is not None
print(f"start {s}, end {e}, BFS path length {len(path) - 1}")
print(g.render(path))
cost, expanded = g.astar(s, e)
print(f"A*: cost {cost}, expanded {expanded} nodes; manhattan lower bound {s.manhattan(e)}")
print("open regions:", g.regions(), "| turns:", sum(1 for a, b, c in zip(path, path[1:], path[2:])
                                                   if (b.r - a.r, b.c - a.c) != (c.r - b.r, c.c - b.c)))
walled = Grid(g.cells[:7] + ["#####" + "#" * 10] + g.cells[8:])
print("walled off:", walled.bfs(s, e), walled.astar(s, e)[0] == sys.maxsize, sorted(walled.regions()))
print(P(1, 2) + P(3, 4), P(1, 2)._replace(c=9), max(path), path.index(P(5, 3)) if P(5, 3) in path else -1)
g.find("X")
