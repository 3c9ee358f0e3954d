"""A round-robin chess tournament: deterministic results from a seedless LCG, Elo updates,
tie-breaks (Sonneborn-Berger) and a crosstable."""
from dataclasses import dataclass, field
from functools import total_ordering


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2**31
        return self.state / 2**31


@total_ordering
@dataclass
class Player:
    name: str
    rating: float
    score: float = 0.0
    results: dict = field(default_factory=dict)
    history: list = field(default_factory=list)

    def expected(self, other):
        return 1 / (1 + 10 ** ((other.rating - self.rating) / 400))

    @property
    def sb(self):
        return sum(res * OPP[o].score for o, res in self.results.items())

    def key(self):
        return (self.score, self.sb, -len([r for r in self.results.values() if r == 0]), self.name)

    def __lt__(self, other):
        return self.key() < other.key()

    def __eq__(self, other):
        return self.key() == other.key()


def round_robin(names):
    n = list(names) + ([None] if len(names) % 2 else [])
    rounds = []
    for r in range(len(n) - 1):
        pairs = [(n[i], n[-1 - i]) for i in range(len(n) // 2)]
        rounds.append([(a, b) if r % 2 == 0 else (b, a) for a, b in pairs if a and b])
        n = [n[0]] + [n[-1]] + n[1:-1]
    return rounds


def play(white, black, rng):
    p = white.expected(black) + 0.04
    roll = rng.next()
    if roll < p - 0.15:
        return 1.0
    if roll < p + 0.15:
        return 0.5
    return 0.0


def update(a, b, res, k=24):
    ea = a.expected(b)
    delta = k * (res - ea)
    a.rating += delta
    b.rating -= delta
    return delta


ROSTER = [("Ana", 2105), ("Boris", 1980), ("Chen", 2230), ("Dara", 1875), ("Emil", 2050)]
OPP = {name: Player(name, float(r)) for name, r in ROSTER}
rng = LCG(2024)

for rnd, pairs in enumerate(round_robin([n for n, _ in ROSTER]), 1):
    line = []
    for w, b in pairs:
        pw, pb = OPP[w], OPP[b]
        res = play(pw, pb, rng)
        delta = update(pw, pb, res)
        pw.score += res
        pb.score += 1 - res
        pw.results[b] = res
        pb.results[w] = 1 - res
        pw.history.append(round(delta, 1))
        pb.history.append(round(-delta, 1))
        sym = {1.0: "1-0", 0.5: "½-½", 0.0: "0-1"}[res]
        line.append(f"{w} {sym} {b}")
    bye = set(OPP) - {p for pair in pairs for p in pair}
    print(f"R{rnd}: " + ", ".join(line) + (f" (bye: {bye.pop()})" if bye else ""))

standings = sorted(OPP.values(), reverse=True)
print(f"{'#':>2} {'name':<6} {'pts':>4} {'SB':>6} {'rating':>8} {'Δ':>6}  history")
start = dict(ROSTER)
for i, p in enumerate(standings, 1):
    pts = f"{p.score:g}".replace(".5", "½")
    print(f"{i:>2} {p.name:<6} {pts:>4} {p.sb:6.2f} {p.rating:8.1f} {p.rating - start[p.name]:+6.1f}  {p.history}")

names = [p.name for p in standings]
print("      " + " ".join(f"{n[:2]:>3}" for n in names))
for p in standings:
    cells = []
    for o in names:
        r = p.results.get(o)
        cells.append("  x" if o == p.name else f"{'½' if r == 0.5 else int(r):>3}")
    print(f"{p.name:<6}" + " ".join(cells))
total = sum(p.score for p in OPP.values())
print("points distributed:", total, "games:", len(ROSTER) * (len(ROSTER) - 1) // 2)
print("rating pool conserved:", round(sum(p.rating for p in OPP.values()), 6) == sum(start.values()))
print("best performer:", max(OPP.values(), key=lambda p: p.rating - start[p.name]).name)
print(min(OPP.values()) < max(OPP.values()), sorted(OPP.values())[0].name)
assert total == 10, "points do not add up"
leader = standings[0]
print(f"winner: {leader.name} with {leader.score} points; expected score vs field:",
      {o: round(leader.expected(OPP[o]), 3) for o in names if o != leader.name})
print(OPP["Zed"])
