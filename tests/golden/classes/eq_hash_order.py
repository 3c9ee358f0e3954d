# __eq__/__hash__/__lt__ interplay with set, dict keys, sorted, min/max, ==, in, and total_ordering.
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(t) for t in ["1.10", "1.2", "1.2.0", "0.9", "1.2", "2"]]
print(sorted(vs), min(vs), max(vs), sorted(vs, reverse=True)[:2])
print(len(set(vs)), Version("1.2") in vs, Version("3") in vs, vs.count(Version("1.2")), vs.index(Version("2")))
print(Version("1.2") <= Version("1.2"), Version("1.3") >= Version("1.2"), Version("1") > Version("0.9"))
d = {Version("1.0"): "one"}
d[Version("1.0")] = "uno"
print(d, d.get(Version("1.0")), Version("1.0") == "1.0", Version("1.0") != "1.0")
try:
    Version("1") < "1"
except TypeError as e:
    print("TypeError:", e)


class NoHash:
    def __eq__(self, other):
        return True


print(NoHash.__hash__, NoHash() == 5, NoHash() in [1], [1].index(NoHash()))
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)


class Reflect:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  Reflect.__eq__({self.v}, {other!r})")
        return self.v == other

    def __gt__(self, other):
        print(f"  Reflect.__gt__({self.v}, {other!r})")
        return self.v > other

    __hash__ = None

    def __repr__(self):
        return f"R{self.v}"


print(3 == Reflect(3), 5 < Reflect(7), Reflect(1) == Reflect(1), [Reflect(2)] == [2])
print(sorted([Reflect(2), Reflect(1)], key=lambda r: r.v)[0].v, 1 in [Reflect(0), Reflect(1)])
