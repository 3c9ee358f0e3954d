"""Dice statistics with a hand-written LCG; histogram, chi-square, and a sys.exit on failure."""
import sys
from dataclasses import dataclass
from typing import Iterator


class LCG:
    """Numerical Recipes LCG: x' = (a*x + c) mod 2**32."""
    A, C, M = 1664525, 1013904223, 2 ** 32

    def __init__(self, seed: int) -> None:
        self.state = seed % self.M

    def next_u32(self) -> int:
        self.state = (self.A * self.state + self.C) % self.M
        return self.state

    def random(self) -> float:
        return self.next_u32() / self.M

    def randint(self, lo: int, hi: int) -> int:
        return lo + (self.next_u32() >> 16) % (hi - lo + 1)

    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]

    def shuffle(self, xs: list) -> None:
        for i in range(len(xs) - 1, 0, -1):
            j = self.randint(0, i)
            xs[i], xs[j] = xs[j], xs[i]

    def __iter__(self) -> Iterator[float]:
        while True:
            yield self.random()


@dataclass
class Histogram:
    lo: int
    hi: int

    def __post_init__(self) -> None:
        self.counts = {k: 0 for k in range(self.lo, self.hi + 1)}

    def add(self, v: int) -> None:
        self.counts[v] += 1

    def total(self) -> int:
        return sum(self.counts.values())

    def show(self, width: int = 40) -> None:
        peak = max(self.counts.values())
        for k, c in self.counts.items():
            bar = "█" * round(c / peak * width)
            print(f"{k:>3} {c:>5} {c / self.total():6.2%} {bar}")


rng = LCG(2024)
print([rng.next_u32() for _ in range(3)])
print([round(x, 6) for x, _ in zip(rng, range(4))])
two_dice = Histogram(2, 12)
for _ in range(3600):
    two_dice.add(rng.randint(1, 6) + rng.randint(1, 6))
two_dice.show(30)
expected = {s: 3600 * (6 - abs(s - 7)) / 36 for s in range(2, 13)}
chi2 = sum((two_dice.counts[s] - e) ** 2 / e for s, e in expected.items())
print(f"chi-square = {chi2:.3f} (df=10)")
deck = [f"{r}{s}" for s in "♠♥♦♣" for r in ("A", *map(str, range(2, 11)), "J", "Q", "K")]
rng.shuffle(deck)
print(deck[:7], len(set(deck)))
print("pick:", rng.choice(["rock", "paper", "scissors"]), rng.choice(range(100, 200)))
streak = longest = 0
prev = None
for _ in range(500):
    roll = rng.randint(1, 6)
    streak = streak + 1 if roll == prev else 1
    longest = max(longest, streak)
    prev = roll
print("longest streak of equal rolls:", longest)
mean = sum(rng.random() for _ in range(10000)) / 10000
print(f"mean of 10000 uniforms: {mean:.4f}")
if chi2 > 18.307:
    print("distribution looks biased", file=sys.stderr)
    sys.exit(1)
yahtzee = sum(1 for _ in range(20000) if len({rng.randint(1, 6) for _ in range(5)}) == 1)
print("yahtzees in 20000 throws:", yahtzee)
sys.exit(0 if yahtzee else 3)
