# TypeError for too many positional arguments, in the various message shapes.
def two(a, b):
    return a + b


def range_args(a, b=1, c=2):
    return a * b * c


def with_kwonly(a, *, k=0):
    return a + k


def none():
    return "none"


class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def move(self, dx):
        return Point(self.x + dx, self.y)


calls = [
    ("two", lambda: two(1, 2, 3)),
    ("range", lambda: range_args(1, 2, 3, 4)),
    ("kwonly", lambda: with_kwonly(1, 2)),
    ("kwonly given", lambda: with_kwonly(1, 2, k=3)),
    ("none", lambda: none(1)),
    ("init", lambda: Point(1, 2, 3)),
    ("method", lambda: Point(1).move(1, 2)),
    ("lambda", lambda: (lambda x: x)(1, 2)),
    ("fine", lambda: range_args(2, 3)),
]
for label, call in calls:
    try:
        print(label, call())
    except TypeError as e:
        print(label, "TypeError:", e)
