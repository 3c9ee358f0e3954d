class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __hash__(self):
        return hash((self.x, self.y, self.z))


class Loose(Point):
    pass


p = Point(1, 2)
print(p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point.__hash__ is None, Point3.__hash__ is None)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
q = Point3(1, 2, 3)
print(q, hash(q) == hash((1, 2, 3)), q == Point3(1, 2, 3), p == q, {q: "ok"}[Point3(1, 2, 3)])
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)
lo = Loose(5, 6)
lo.extra = "fine"
print(lo, vars(lo), hasattr(p, "__dict__"), Point.__slots__, Point3.__slots__)
try:
    Point(0, 0).__dict__
except AttributeError as e:
    print("AttributeError:", e)
empty = Point.__new__(Point)
try:
    print(empty.x)
except AttributeError as e:
    print("AttributeError:", e)
del q.z
try:
    q.z
except AttributeError as e:
    print("AttributeError:", e)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v} < {other.v}?")
        return self.v < other.v

    def __eq__(self, other):
        print(f"  {self.v} == {getattr(other, 'v', other)}?")
        return isinstance(other, Cmp) and self.v == other.v

    __hash__ = object.__hash__


print(Cmp(1) > Cmp(2))
print(Cmp(3) in [Cmp(1), Cmp(3)], Cmp(1) == 1, 1 == Cmp(1), Cmp(1) != Cmp(1))
print([c.v for c in sorted([Cmp(2), Cmp(1)])])
Cmp(1) <= Cmp(2)
