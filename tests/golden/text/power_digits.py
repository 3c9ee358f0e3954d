"""Report on powers of two: leading digits, digit frequencies; finally print a huge power."""
from dataclasses import dataclass


@dataclass
class PowerInfo:
    exponent: int
    value: int

    @property
    def text(self) -> str:
        return str(self.value)

    def leading(self, k: int = 6) -> str:
        return self.text[:k]

    def freq(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for ch in self.text:
            counts[ch] = counts.get(ch, 0) + 1
        return dict(sorted(counts.items()))


rows = [PowerInfo(e, 2 ** e) for e in (10, 64, 100, 1000, 4000, 10000)]
print(f"{'2**e':>8} {'digits':>7} {'leading':>8} {'last 4':>7}")
for r in rows:
    print(f"{r.exponent:>8} {len(r.text):>7} {r.leading():>8} {r.value % 10_000:>7}")

f = rows[3].freq()
print("digit frequencies of 2**1000:", f)
most = max(f, key=lambda d: (f[d], d))
print(f"most common digit: {most} ({f[most]} times, {f[most] / len(rows[3].text):.1%})")
benford = sum(1 for e in range(1, 301) if str(2 ** e)[0] == "1")
print(f"powers 2**1..2**300 starting with 1: {benford} ({benford / 300:.2%})")
x = int("7" * 4000)
print(x % 1000, len(str(x)), (x * 3) % 10 ** 5)
huge = 3 ** 10000
print("3**10000 mod 1e9 =", huge % 10 ** 9, "bits:", huge.bit_length())
print(f"3**10000 = {huge}")
