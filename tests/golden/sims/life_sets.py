"""Conway's Game of Life on an unbounded grid stored as a set of coordinates,
with period detection through frozenset snapshots."""

PATTERNS = {
    "blinker": {(0, 1), (1, 1), (2, 1)},
    "glider": {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)},
    "block": {(0, 0), (0, 1), (1, 0), (1, 1)},
    "toad": {(1, 0), (2, 0), (3, 0), (0, 1), (1, 1), (2, 1)},
    "r-pentomino": {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)},
}

NEIGHBOURS = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)]


def step(live):
    counts = {}
    for (x, y) in live:
        for dx, dy in NEIGHBOURS:
            key = (x + dx, y + dy)
            counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def bbox(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


def render(live, pad=0):
    if not live:
        return "(empty)"
    x0, y0, x1, y1 = bbox(live)
    rows = []
    for y in range(y0 - pad, y1 + pad + 1):
        rows.append("".join("#" if (x, y) in live else "." for x in range(x0 - pad, x1 + pad + 1)))
    return "\n".join(rows)


def normalise(live):
    x0, y0, _, _ = bbox(live)
    return frozenset((x - x0, y - y0) for x, y in live)


def classify(name, cells, limit=60):
    seen = {frozenset(cells): 0}
    shapes = {normalise(cells): (0, bbox(cells)[:2])}
    live = set(cells)
    for gen in range(1, limit + 1):
        live = step(live)
        if not live:
            return f"{name}: dies at generation {gen}"
        key = frozenset(live)
        if key in seen:
            p = gen - seen[key]
            return f"{name}: {'still life' if p == 1 else f'oscillator, period {p}'} (from gen {seen[key]})"
        shape = normalise(live)
        if shape in shapes:
            g0, (ox, oy) = shapes[shape]
            nx, ny = bbox(live)[:2]
            return f"{name}: spaceship, period {gen - g0}, moves ({nx - ox}, {ny - oy})"
        seen[key] = gen
        shapes[shape] = (gen, bbox(live)[:2])
    return f"{name}: unresolved after {limit} generations, population {len(live)}"


for name, cells in PATTERNS.items():
    print(classify(name, cells))

print("--- blinker phases")
b = PATTERNS["blinker"]
print(sorted(b), sorted(step(b)), step(step(b)) == b)
print(b)
print(step(b))
print({(-1, -1), (-2, 5), (3, -7), (0, 0), (100, 2), (-100, -2)})
print("--- glider, 4 generations")
g = set(PATTERNS["glider"])
for gen in range(5):
    print(f"gen {gen} pop {len(g)} bbox {bbox(g)}")
    print(render(g, pad=1))
    g = step(g)

print("--- r-pentomino population")
r = set(PATTERNS["r-pentomino"])
pops = []
for gen in range(40):
    pops.append(len(r))
    r = step(r)
print(pops)
print("max", max(pops), "at", pops.index(max(pops)), "final bbox", bbox(r))
hist = {}
for p in pops:
    hist[p // 10 * 10] = hist.get(p // 10 * 10, 0) + 1
print(dict(sorted(hist.items())), {p % 7 for p in pops}, frozenset(pops[:6]))
print(render(set()), bbox(set()))
