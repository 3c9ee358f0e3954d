# Enums built with the functional API, members with tuple values and an __init__, comparisons
# that must fail, and an uncaught error at the end (exit 1).
from enum import Enum, IntEnum


Suit = Enum("Suit", "CLUBS DIAMONDS HEARTS SPADES")
Rank = IntEnum("Rank", [("JACK", 11), ("QUEEN", 12), ("KING", 13), ("ACE", 14)])


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(list(Suit), Suit.HEARTS.value, Suit(2).name)
print(repr(Rank.QUEEN), Rank.KING > Rank.JACK, Rank(14), sum(Rank))
hand = [(Rank.ACE, Suit.SPADES), (Rank.JACK, Suit.HEARTS), (Rank.KING, Suit.CLUBS)]
hand.sort(key=lambda card: (card[1].value, -card[0]))
print([f"{r.name.title()} of {s.name.title()}" for r, s in hand])
for p in Planet:
    print(f"{p.name:<8} {p.gravity:6.2f} {p.value[1]:.3e}")
print(Planet.EARTH.mass, Planet((1.9e27, 7.1492e7)).name)
print(Suit.CLUBS == 1, Rank.JACK == 11, Suit.CLUBS != Suit.SPADES)
try:
    print(Suit.CLUBS < Suit.SPADES)
except TypeError as e:
    print("TypeError:", e)
try:
    Suit.CLUBS = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Suit["DIAMONDS"] in Suit, type(Suit.HEARTS).__name__, Suit.__name__)
print(Rank["KING"] - Rank.JACK, max(Rank).name)
print(Rank.ACE + Suit.CLUBS.value, Suit.CLUBS + 1)
