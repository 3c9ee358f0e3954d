# A class with a __dict__ deriving from classes with __slots__: the slot values stay out of
# __dict__/vars(), deleting a slot leaves it unset, and the dict holds only other attributes.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Tagged(Point):
    def __init__(self, x, y, tag):
        super().__init__(x, y)
        self.tag = tag


class Weighted(Tagged):
    __slots__ = ("w",)


class Labeled(Weighted):
    def describe(self):
        return f"{self.x},{self.y} {self.tag} w={getattr(self, 'w', '-')} {vars(self)}"


t = Tagged(1, 2, "a")
print(t.x, t.y, t.tag, t.__dict__, vars(t))
t.x = 10
t.extra = [1]
print(t.x, vars(t), hasattr(t, "y"))
del t.y
print(hasattr(t, "y"), vars(t))
try:
    t.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.y
except AttributeError as e:
    print("AttributeError:", e)
t.__dict__["x"] = "shadow?"
print(t.x, t.__dict__)
t.y = 7
print(t.y, vars(t))

w = Weighted(3, 4, "b")
w.w = 0.5
print(w.w, vars(w))
lab = Labeled(5, 6, "c")
print(lab.describe())
lab.w = 2
lab.more = True
print(lab.describe(), [k for k in vars(lab)])
p = Point(1, 2)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", repr(e))
