# total_ordering on a card class and cached_property on a lazily computed hand evaluation.
import functools

RANKS = "23456789TJQKA"


@functools.total_ordering
class Card:
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    @property
    def value(self):
        return RANKS.index(self.rank) + 2

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.value == other.value

    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.value < other.value

    def __repr__(self):
        return f"Card({self.rank}{self.suit})"

    __hash__ = None


class Hand:
    evaluations = 0

    def __init__(self, text):
        self.cards = [Card(t) for t in text.split()]

    @functools.cached_property
    def counts(self):
        Hand.evaluations += 1
        print(f"  evaluating {self.cards}")
        out = {}
        for c in self.cards:
            out[c.value] = out.get(c.value, 0) + 1
        return sorted(out.values(), reverse=True)

    @functools.cached_property
    def category(self):
        c = self.counts
        return {4: "four", 3: "full house" if c[1:2] == [2] else "three"}.get(c[0], "two pair" if c[:2] == [2, 2] else "pair" if c[0] == 2 else "high card")


a, k, two = Card("AS"), Card("KH"), Card("2C")
print(a > k, a >= k, k <= a, two < k, Card("AD") == a, Card("AD") != a, a <= Card("AH"))
print(sorted([k, two, a, Card("TD"), Card("5S")]), max([two, k, a]))
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
print(a == "AS", Card.__le__.__name__, Card.__hash__)

hands = [Hand(t) for t in ["AS AD AH KC KD", "2C 3D 4H 5S 7C", "9S 9D 4C 4H 2S", "QS QD QH QC 3D"]]
for h in hands:
    print(h.category, h.category, "counts" in vars(h))
print(Hand.evaluations)
h = hands[1]
del h.counts
h.cards = [Card("8S"), Card("8D"), Card("3C")]
print(h.counts, h.category, Hand.evaluations)
del h.category
print(h.category, Hand.evaluations)
print(type(Hand.__dict__["counts"]).__name__, Hand.counts.attrname)
