"""A 2-D grid container: tuple indexing, __setitem__ with slices, iteration protocols and __missing__."""


class Grid:
    def __init__(self, rows, cols, fill="."):
        self.rows, self.cols = rows, cols
        self.cells = [[fill] * cols for _ in range(rows)]

    @classmethod
    def parse(cls, text):
        lines = text.strip().splitlines()
        g = cls(len(lines), len(lines[0]))
        for r, line in enumerate(lines):
            g.cells[r] = list(line)
        return g

    def __getitem__(self, pos):
        match pos:
            case (int(r), int(c)):
                return self.cells[r][c]
            case (int(r), slice() as cs):
                return "".join(self.cells[r][cs])
            case (slice() as rs, int(c)):
                return "".join(row[c] for row in self.cells[rs])
            case int(r):
                return "".join(self.cells[r])
        raise TypeError(f"bad grid index: {pos!r}")

    def __setitem__(self, pos, value):
        r, c = pos
        if isinstance(c, slice):
            indices = range(*c.indices(self.cols))
            if len(value) != len(indices):
                raise ValueError(f"need {len(indices)} values, got {len(value)}")
            for i, v in zip(indices, value):
                self.cells[r][i] = v
        else:
            self.cells[r][c] = value

    def __iter__(self):
        return ("".join(row) for row in self.cells)

    def __len__(self):
        return self.rows * self.cols

    def __contains__(self, ch):
        return any(ch in row for row in self.cells)

    def __eq__(self, other):
        return isinstance(other, Grid) and self.cells == other.cells

    def __str__(self):
        return "\n".join(self)

    def transpose(self):
        t = Grid(self.cols, self.rows)
        t.cells = [list(col) for col in zip(*self.cells)]
        return t

    def count(self, ch):
        return sum(row.count(ch) for row in self.cells)


class Counter(dict):
    def __missing__(self, key):
        return 0

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


MAP = """
#..#.
.##..
#...#
..#.#
"""


def main():
    g = Grid.parse(MAP)
    print(g)
    print("size:", len(g), g.rows, g.cols, "| '#' count:", g.count("#"), "| has '@':", "@" in g)
    print("g[0,3]:", g[0, 3], "g[1]:", g[1], "g[2,1:4]:", g[2, 1:4], "col 0:", g[:, 0], "col 4 rev:", g[::-1, 4])
    g[0, 1:3] = "@@"
    g[3, 0] = "$"
    print(g)
    t = g.transpose()
    print("transposed:", list(t))
    print("double transpose equal:", t.transpose() == g, t == g)
    counts = Counter()
    for row in g:
        for ch in row:
            counts[ch] += 1
    print("counts:", counts.most_common(3), counts["?"], "?" in counts, len(counts))
    print("rows sorted:", sorted(g, key=lambda r: (r.count("#"), r)))
    print("enumerate:", [(i, r) for i, r in enumerate(g) if r.startswith("#")])
    try:
        g[0, 0:2] = "xyz"
    except ValueError as e:
        print("error:", e)
    print(g["x"])


main()
