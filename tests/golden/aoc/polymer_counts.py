"""Day 14-style pair insertion with dict counting, day 6-style lanternfish, and a day 4 range check."""
import sys
from functools import lru_cache

TEMPLATE = """\
NNCB

CH -> B
HH -> N
CB -> H
NH -> C
HB -> C
HC -> B
HN -> C
NN -> C
BH -> H
NC -> B
NB -> B
BN -> B
BB -> N
BC -> B
CC -> N
CN -> C
"""

FISH = "3,4,3,1,2"

RANGES = """\
2-4,6-8
2-3,4-5
5-7,7-9
2-8,3-7
6-6,4-6
2-6,4-8
"""


def parse(text):
    template, rules_text = text.split("\n\n")
    rules = dict(line.split(" -> ") for line in rules_text.strip().splitlines())
    return template.strip(), rules


def grow(template, rules, steps):
    pairs = {}
    for a, b in zip(template, template[1:]):
        pairs[a + b] = pairs.get(a + b, 0) + 1
    for _ in range(steps):
        new = {}
        for pair, n in pairs.items():
            mid = rules.get(pair)
            if mid is None:
                new[pair] = new.get(pair, 0) + n
                continue
            for p in (pair[0] + mid, mid + pair[1]):
                new[p] = new.get(p, 0) + n
        pairs = new
    counts = {template[0]: 1}
    for pair, n in pairs.items():
        counts[pair[1]] = counts.get(pair[1], 0) + n
    return counts


@lru_cache(maxsize=None)
def descendants(timer, days):
    if days <= timer:
        return 1
    return descendants(6, days - timer - 1) + descendants(8, days - timer - 1)


def fish_total(text, days):
    return sum(descendants(int(t), days) for t in text.split(","))


def overlaps(text):
    full = partial = 0
    for line in text.split():
        (a, b), (c, d) = (map(int, part.split("-")) for part in line.split(","))
        if a <= c and d <= b or c <= a and b <= d:
            full += 1
        if not (b < c or d < a):
            partial += 1
    return full, partial


def main():
    template, rules = parse(TEMPLATE)
    print("template:", template, "rules:", len(rules))
    for steps in (1, 10, 40):
        counts = grow(template, rules, steps)
        ordered = sorted(counts.items(), key=lambda kv: kv[1])
        print(f"step {steps:2}: len={sum(counts.values())} least={ordered[0]} most={ordered[-1]}"
              f" diff={ordered[-1][1] - ordered[0][1]}")
    print("fish 18:", fish_total(FISH, 18), "80:", fish_total(FISH, 80), "256:", fish_total(FISH, 256))
    info = descendants.cache_info()
    print("cache:", info.hits > 0, info.misses, info.maxsize, info.currsize)
    descendants.cache_clear()
    print("after clear:", descendants.cache_info())
    print("overlaps:", overlaps(RANGES))
    letters = {}
    for ch in "".join(rules.values()):
        letters[ch] = letters.get(ch, 0) + 1
    print(sorted(letters.items()), max(letters, key=letters.get))
    result = grow(template, rules, 10)
    answer = max(result.values()) - min(result.values())
    if answer != 1588:
        print("unexpected answer", file=sys.stderr)
        sys.exit(2)
    print("verified, exiting with status 4")
    sys.exit(4)


main()
