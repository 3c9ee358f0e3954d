"""Conway's Game of Life on a small torus, with pattern detection of cycles."""
from typing import Iterable

Cell = tuple[int, int]


class Board:
    def __init__(self, w: int, h: int, alive: Iterable[Cell] = ()) -> None:
        self.w, self.h = w, h
        self.alive: frozenset[Cell] = frozenset((x % w, y % h) for x, y in alive)

    @classmethod
    def parse(cls, pic: str) -> "Board":
        rows = [r for r in pic.strip("\n").splitlines()]
        cells = [(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"]
        return cls(max(map(len, rows)), len(rows), cells)

    def neighbours(self, c: Cell) -> int:
        x, y = c
        return sum(((x + dx) % self.w, (y + dy) % self.h) in self.alive
                   for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)

    def step(self) -> "Board":
        candidates = {((x + dx) % self.w, (y + dy) % self.h)
                      for x, y in self.alive for dx in (-1, 0, 1) for dy in (-1, 0, 1)}
        nxt = [c for c in candidates
               if (n := self.neighbours(c)) == 3 or (n == 2 and c in self.alive)]
        return Board(self.w, self.h, nxt)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Board) and self.alive == other.alive

    def __hash__(self) -> int:
        return hash(self.alive)

    def __len__(self) -> int:
        return len(self.alive)

    def __str__(self) -> str:
        return "\n".join("".join("#" if (x, y) in self.alive else "." for x in range(self.w))
                         for y in range(self.h))

    def bbox(self) -> tuple[int, int, int, int]:
        xs = sorted(x for x, _ in self.alive)
        ys = sorted(y for _, y in self.alive)
        return xs[0], ys[0], xs[-1], ys[-1]


def run(board: Board, max_gen: int) -> tuple[int, int]:
    seen: dict[Board, int] = {board: 0}
    for gen in range(1, max_gen + 1):
        board = board.step()
        if board in seen:
            return seen[board], gen - seen[board]
        seen[board] = gen
    return -1, 0


blinker = Board.parse("""
.....
..#..
..#..
..#..
.....
""")
print(blinker, len(blinker), sep="\n")
print(blinker.step())
print("blinker: starts at gen %d, period %d" % run(blinker, 10))
glider = Board.parse("""
.#......
..#.....
###.....
........
........
........
""")
g = glider
for i in range(4):
    g = g.step()
print(g)
print("glider moved by", [b - a for a, b in zip(glider.bbox(), g.bbox())], "cells:", len(g))
print("glider on 8x6 torus: start %d, period %d" % run(glider, 100))
block = Board(6, 6, [(1, 1), (1, 2), (2, 1), (2, 2)])
print("block still life:", block.step() == block, run(block, 5))
rpent = Board.parse("""
..........
....##....
...##.....
....#.....
..........
..........
""")
pops = []
b = rpent
for _ in range(12):
    b = b.step()
    pops.append(len(b))
print("R-pentomino populations:", pops)
print(sorted(b.alive)[:6], b.neighbours((0, 0)))
print(sorted({len(Board(4, 4, [(i, j) for i in range(k) for j in range(k)]).step()) for k in range(5)}))
