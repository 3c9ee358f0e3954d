"""Day 9-style rope simulation and a day 10-style CPU/CRT, with sets of tuples."""

MOVES = """\
R 5
U 8
L 8
D 3
R 17
D 10
L 25
U 20
"""

PROGRAM = """\
noop
addx 3
addx -5
addx 12
noop
addx -7
addx 1
addx 20
noop
noop
addx -9
addx 4
addx -13
noop
addx 8
addx -3
addx 15
addx -20
addx 2
addx 6
"""

DIRS = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}


def sign(v):
    return (v > 0) - (v < 0)


def simulate(moves, knots):
    rope = [(0, 0)] * knots
    visited = {rope[-1]}
    for line in moves.splitlines():
        d, n = line.split()
        dx, dy = DIRS[d]
        for _ in range(int(n)):
            hx, hy = rope[0]
            rope[0] = (hx + dx, hy + dy)
            for i in range(1, knots):
                px, py = rope[i - 1]
                x, y = rope[i]
                if abs(px - x) > 1 or abs(py - y) > 1:
                    rope[i] = (x + sign(px - x), y + sign(py - y))
            visited.add(rope[-1])
    return visited


def render(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    rows = []
    for y in range(max(ys), min(ys) - 1, -1):
        rows.append("".join("#" if (x, y) in points else "." for x in range(min(xs), max(xs) + 1)))
    return rows


def cpu(program):
    x = 1
    for line in program.splitlines():
        op, *args = line.split()
        if op == "noop":
            yield x
        elif op == "addx":
            yield x
            yield x
            x += int(args[0])
        else:
            raise SyntaxError(f"unknown op {op}")
    yield x


def main():
    for knots in (2, 10):
        seen = simulate(MOVES, knots)
        print(f"{knots} knots: tail visited {len(seen)}")
    tail = simulate(MOVES, 10)
    for row in render(tail):
        print(" ", row)
    print("corners:", min(tail), max(tail))
    print("sorted by y:", sorted(tail, key=lambda p: (p[1], p[0]))[:5])
    print("set ops:", len(simulate(MOVES, 2) - tail), len(simulate(MOVES, 2) & tail))

    xs = list(cpu(PROGRAM))
    print("cycles:", len(xs), "x values:", xs[:10])
    strengths = [(c, xs[c - 1] * c) for c in range(5, len(xs) + 1, 7)]
    print("strengths:", strengths, "sum", sum(s for _, s in strengths))
    crt = ""
    for cycle, x in enumerate(xs[:30]):
        col = cycle % 10
        crt += "#" if abs(col - x) <= 1 else "."
        if col == 9:
            crt += "\n"
    print(crt, end="")
    frozen = frozenset(tail)
    print(frozen == set(tail), (0, 0) in frozen, hash(frozenset({(1, 2)})) == hash(frozenset([(1, 2)])))
    list(cpu("noop\nmul 3\n"))


main()
