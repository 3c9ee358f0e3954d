# Comparisons total_ordering derives run functools.py's functions: an exception in the root
# comparison (or in the == / != they fall back on) shows their frames; a subclass's own root
# comparison is the one they call; what `or` / `and` give back is returned as is.
import functools


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        if len(other.parts) != len(self.parts):
            raise ValueError(f"cannot compare {self} with {other}")
        return self.parts < other.parts

    def __eq__(self, other):
        if other.parts == (0,):
            raise KeyError("zero")
        return self.parts == other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


class Reversed(Version):
    def __lt__(self, other):
        print("  Reversed.__lt__", self, other)
        return self.parts > other.parts


@functools.total_ordering
class Loose:
    def __init__(self, n):
        self.n = n

    def __le__(self, other):
        return [self.n] if self.n <= other.n else []

    def __eq__(self, other):
        return "same" if self.n == other.n else ""


print(Version.__gt__.__name__, Version.__gt__.__qualname__, Version.__ge__.__qualname__)
print(Version(1, 2) > Version(1, 1), Version(1, 2) <= Version(1, 2), Version(2, 0) >= Version(3, 0))
print(Reversed(1, 2) > Reversed(1, 1), Reversed(5) >= Reversed(6))
print(repr(Loose(1) >= Loose(1)), repr(Loose(1) < Loose(2)), repr(Loose(3) < Loose(2)), repr(Loose(2) > Loose(1)))
print(Version(1).__gt__(3))
for a, b in [(Version(1), Version(1, 0)), (Version(0), Version(0))]:
    try:
        print(a > b)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
releases = [Version(1, 4), Version(1, 10), Version(2)]
print(max(releases[:2]), sorted(releases[:2], reverse=True))
print(max(releases, key=lambda v: v) >= releases[0])
