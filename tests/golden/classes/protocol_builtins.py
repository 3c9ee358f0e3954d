# A user sequence class: __len__/__getitem__/__iter__/__contains__/__bool__ used by builtins.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        print("  len called")
        return len(self.cards)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Deck(self.cards[i])
        return self.cards[i]

    def __repr__(self):
        return f"Deck({self.cards})"


d = Deck("A23456")
print(len(d), d[0], d[-1], d[1:4], bool(d))
print(list(d), "3" in d, "Z" in d, sorted(d, reverse=True), [c for c in d if c.isdigit()])
print(list(reversed(d)), max(d), min(d), "".join(d), tuple(d[::2]), list(enumerate(d))[:2])
print(bool(Deck("")), not Deck(""), any(Deck("0")), sum(int(c) for c in d[1:]))


class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        print("  iter called")
        return iter(self.items)

    def __contains__(self, x):
        print("  contains", x)
        return x in self.items or x == "magic"

    def __bool__(self):
        return len(self.items) > 1


b = Bag(3, 1, 2)
print(sorted(b), sum(b), "magic" in b, 5 in b, 5 not in b, bool(b), bool(Bag(1)), list(zip(b, "xyz")))
print(set(b) == {1, 2, 3}, dict.fromkeys(b), min(b), max(b, key=lambda v: -v), [*b], {*b} == {1, 2, 3})
a, *rest = b
print(a, rest, list(map(str, b)), "yes" if Bag(1, 2) else "no", "yes" if Bag() else "no")


class NoIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(NoIter()), 20 in NoIter(), 25 in NoIter(), iter(NoIter()).__next__())
try:
    len(NoIter())
except TypeError as e:
    print("TypeError:", e)
