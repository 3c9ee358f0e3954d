"""Day 12-style: hill climbing on a height map (BFS) plus a Dijkstra on a cost grid."""
from typing import Iterator

HEIGHTS = """\
Sabqponm
abcryxxl
accszExk
acctuvwj
abdefghi
"""

COSTS = """\
1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581
"""


class MinHeap:
    def __init__(self):
        self.items: list[tuple[int, tuple[int, int]]] = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[parent] <= items[i]:
                break
            items[parent], items[i] = items[i], items[parent]
            i = parent

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            smallest = i
            if l < n and items[l] < items[smallest]:
                smallest = l
            if r < n and items[r] < items[smallest]:
                smallest = r
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest


def neighbours(r: int, c: int, rows: int, cols: int) -> Iterator[tuple[int, int]]:
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols:
            yield nr, nc


def parse_heights(text):
    grid = [list(line) for line in text.splitlines()]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start, row[c] = (r, c), "a"
            elif ch == "E":
                end, row[c] = (r, c), "z"
    return [[ord(ch) - ord("a") for ch in row] for row in grid], start, end


def bfs(grid, starts, end):
    rows, cols = len(grid), len(grid[0])
    frontier = list(starts)
    seen = set(starts)
    steps = 0
    while frontier:
        nxt = []
        for pos in frontier:
            if pos == end:
                return steps
            r, c = pos
            for n in neighbours(r, c, rows, cols):
                if n not in seen and grid[n[0]][n[1]] - grid[r][c] <= 1:
                    seen.add(n)
                    nxt.append(n)
        frontier = nxt
        steps += 1
    return None


def dijkstra(cost, tiles=1):
    base_r, base_c = len(cost), len(cost[0])
    rows, cols = base_r * tiles, base_c * tiles

    def risk(r, c):
        v = cost[r % base_r][c % base_c] + r // base_r + c // base_c
        return (v - 1) % 9 + 1

    dist = {(0, 0): 0}
    heap = MinHeap()
    heap.push((0, (0, 0)))
    while heap:
        d, (r, c) = heap.pop()
        if (r, c) == (rows - 1, cols - 1):
            return d
        if d > dist.get((r, c), float("inf")):
            continue
        for nr, nc in neighbours(r, c, rows, cols):
            nd = d + risk(nr, nc)
            if nd < dist.get((nr, nc), float("inf")):
                dist[nr, nc] = nd
                heap.push((nd, (nr, nc)))
    raise RuntimeError("no path")


def main():
    grid, start, end = parse_heights(HEIGHTS)
    print("start", start, "end", end)
    print("part 1:", bfs(grid, [start], end))
    lows = [(r, c) for r, row in enumerate(grid) for c, h in enumerate(row) if h == 0]
    print("low points:", len(lows))
    print("part 2:", bfs(grid, lows, end))

    cost = [[int(ch) for ch in line] for line in COSTS.split()]
    print("dijkstra 1x:", dijkstra(cost))
    print("dijkstra 5x:", dijkstra(cost, 5))

    heap = MinHeap()
    for x in [5, 3, 9, 1, 7, 3]:
        heap.push((x, (x, -x)))
    print("heap order:", [heap.pop()[0] for _ in range(len(heap))])
    print("unreachable:", bfs([[0, 5], [5, 5]], [(0, 0)], (1, 1)))


main()
