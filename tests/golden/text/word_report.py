"""Word frequency report over an inline corpus, with aligned tables."""
from typing import Iterable, NamedTuple

CORPUS = """\
It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... It was the epoch of belief, it was the epoch
of incredulity: it was the season of Light, it was the season of Darkness!
"Spring of hope" -- winter of despair.  We had everything before us.
"""

STOP = frozenset({"it", "was", "the", "of", "we", "had", "us"})


class Stat(NamedTuple):
    word: str
    count: int
    first_line: int

    @property
    def share(self) -> float:
        return self.count / TOTAL


def tokens(text: str) -> Iterable[tuple[int, str]]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        cleaned = "".join(ch.lower() if ch.isalpha() or ch == "'" else " " for ch in line)
        for w in cleaned.split():
            yield lineno, w.strip("'")


counts: dict[str, int] = {}
first: dict[str, int] = {}
for ln, w in tokens(CORPUS):
    counts[w] = counts.get(w, 0) + 1
    first.setdefault(w, ln)
TOTAL = sum(counts.values())

stats = [Stat(w, c, first[w]) for w, c in counts.items() if w not in STOP]
stats.sort(key=lambda s: (-s.count, s.word))

width = max(len(s.word) for s in stats)
header = f"{'#':>2}  {'word':<{width}}  {'n':>3}  {'share':>6}  line"
print(header)
print("-" * len(header))
for rank, s in enumerate(stats[:8], 1):
    bar = "#" * s.count
    print(f"{rank:>2}. {s.word:<{width}}  {s.count:>3}  {s.share:>6.1%}  {s.first_line:<4}{bar}")

print()
print(f"total words: {TOTAL}, distinct: {len(counts)}, stop words removed: "
      f"{sum(c for w, c in counts.items() if w in STOP)}")

by_len: dict[int, list[str]] = {}
for w in sorted(counts):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len, reverse=True)[:4]:
    print(f"{n:2d} letters: {', '.join(by_len[n])}")

longest_line = max(CORPUS.splitlines(), key=len)
print(repr(longest_line[:30]), len(longest_line))
print("{:*^40}".format(" summary "))
print("{0:<12}|{1:^8}|{2:>8}".format("word", "count", "pct"))
for s in stats[:3]:
    print("{0.word:<12}|{0.count:^8}|{1:>8.2%}".format(s, s.share))
caps = [w for w in CORPUS.split() if w[:1].isupper()]
print(caps)
print(sorted(set(w.strip('.,;:!"-') for w in caps), key=str.lower))
print(Stat("x", 1, 2), Stat._fields, stats[0]._asdict())
