# Tests __lt__, __le__, __gt__, __ge__ on a user class, chained comparisons included.
class Ver:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split(".")]
        self.s = s

    def __repr__(self):
        return f"Ver({self.s!r})"

    def __lt__(self, o):
        return self.parts < o.parts

    def __le__(self, o):
        return self.parts <= o.parts

    def __gt__(self, o):
        return self.parts > o.parts

    def __ge__(self, o):
        return self.parts >= o.parts

    def __eq__(self, o):
        return self.parts == o.parts


a, b, c = Ver("1.2"), Ver("1.10"), Ver("1.10")
print(a < b, a <= b, a > b, a >= b)
print(b < c, b <= c, b > c, b >= c, b == c, b != c)
print(a < b < Ver("2.0"))
print(a < b > Ver("0.1"))
print(Ver("3") > b >= c)
print(a.__lt__(b), b.__ge__(a))


class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        print("  lt", self.n, o.n)
        return self.n < o.n


x, y, z = Loud(1), Loud(2), Loud(0)
print(x < y < z)
print(z < x < y)
