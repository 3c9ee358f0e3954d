# Regression: super().__str__/__repr__ in an exception subclass and object's default methods
# (__repr__, __eq__, __ne__, __hash__, __format__, __str__) reached through super() raised
# AttributeError.
class AppError(Exception):
    def __str__(self):
        return "app: " + super().__str__()

    def __repr__(self):
        return "<" + super().__repr__() + ">"


e = AppError("disk full", 3)
print(str(e), repr(e))


class P:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return super().__eq__(o)

    def __hash__(self):
        return super().__hash__() * 0 + self.n

    def __str__(self):
        return "P" + str(self.n)

    def __format__(self, spec):
        return super().__format__(spec) + "!"


p = P(4)
print(p == p, p == P(4), p != p, hash(p), f"{p}", str(p))
print(super(P, p).__ne__(p), super(P, p).__eq__(3))
try:
    format(p, "x")
except TypeError as err:
    print(type(err).__name__, err)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


cs = [Counter() for _ in range(1000)]
print(Counter.count, cs[-1].id, cs[10].id, sum(c.id for c in cs))
