# order=True sorting and frozen dataclasses used as dict keys and set members.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        return s + (f"-{self.label}" if self.label else "")

    @classmethod
    def parse(cls, text):
        core, _, label = text.partition("-")
        parts = [int(p) for p in core.split(".")]
        return cls(*parts, label=label)


@dataclass(frozen=True)
class Coord:
    row: int
    col: int

    def neighbors(self):
        return [Coord(self.row + dr, self.col + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))]


versions = [Version.parse(t) for t in ["1.2.3", "1.10", "0.9.9", "1.2.3-rc1", "2", "1.2"]]
print([str(v) for v in sorted(versions)])
print(max(versions), min(versions))
print(Version(1, 2, 3) == Version(1, 2, 3, "beta"), Version(1, 2) < Version(1, 2, 1))
print(Version(1) <= Version(1, 0, 0), Version(3) > Version(2, 99, 99))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)

releases = {}
for v in versions:
    releases.setdefault(v, []).append(str(v))
print(len(releases), releases[Version(1, 2, 3)])
print(hash(Version(1, 2, 3)) == hash(Version(1, 2, 3, "x")))

grid = {Coord(r, c): r * 3 + c for r in range(3) for c in range(3)}
start = Coord(1, 1)
print([grid.get(n) for n in start.neighbors()])
print([grid.get(n, "wall") for n in Coord(0, 0).neighbors()])
seen = {Coord(0, 0), Coord(0, 0), Coord(1, 0)}
print(len(seen), Coord(1, 0) in seen)
try:
    start.row = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del start.col
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(start, repr(Version(0, 1, label="dev")))
