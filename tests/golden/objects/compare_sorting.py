# Tests sorted()/min()/max()/list.sort() on user objects using __lt__, plus key= and reverse=.
class Card:
    order = "23456789TJQKA"

    def __init__(self, s):
        self.s = s

    def __repr__(self):
        return self.s

    def rank(self):
        return Card.order.index(self.s[0])

    def __lt__(self, o):
        return self.rank() < o.rank()


hand = [Card(s) for s in ["Kh", "2c", "Ts", "Ad", "2h", "9d", "Kc"]]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(min(hand), max(hand))
print(min(hand[2:]), max(hand[:3]))
print(max(Card("Th"), Card("Tc")), min(Card("Th"), Card("Tc")))
cp = list(hand)
cp.sort()
print(cp)
cp.sort(key=lambda c: c.s[1])
print(cp)
cp.sort(key=lambda c: (c.s[1], c), reverse=True)
print(cp)
print(sorted(hand, key=Card.rank))
print(sorted(["bb", "a", "ccc"], key=len))
print(min(hand, key=lambda c: c.s[1]), max(hand, key=lambda c: c.s[1]))
print(max([], default="empty"), min([Card("5s")], default=None))


class OnlyGt:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"G{self.n}"

    def __gt__(self, o):
        return self.n > o.n


print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
print(min([OnlyGt(3), OnlyGt(1)]), max([OnlyGt(3), OnlyGt(1)]))
