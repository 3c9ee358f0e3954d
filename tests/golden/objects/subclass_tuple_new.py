# Tests tuple subclasses with __new__, properties over items, and immutability errors.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
    def __add__(self, o):
        return Point(self.x + o[0], self.y + o[1])


p = Point(1, 2)
print(p, p.x, p.y, len(p), p[0], list(p), tuple(p))
print(p + Point(10, 20), p + (5, 5), (5, 5) + p, type((5, 5) + p).__name__)
a, b = p
print(a, b, p == (1, 2), (1, 2) == p, isinstance(p, tuple), hash(p) == hash((1, 2)))
print({p: "origin"}[(1, 2)], p[::-1], type(p[:1]).__name__, p.count(1), p.index(2))
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)


class Pair(tuple):
    def __init__(self, items):
        print("  init got", items)
        self.label = "pair"


pr = Pair([7, 8])
print(pr, pr.label, len(pr), type(pr).__name__, sorted([Point(2, 0), Point(1, 5)]))


class Empty(tuple):
    pass


print(Empty(), Empty("ab"), Empty() == (), bool(Empty()), Empty((1,)) * 2)
