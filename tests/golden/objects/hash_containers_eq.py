# Tests that `in`, list.index, list.count, list.remove and tuple methods use user __eq__.
class Tol:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Tol({self.v})"
    def __eq__(self, o):
        other = o.v if isinstance(o, Tol) else o
        return abs(self.v - other) < 0.5


xs = [Tol(1), Tol(2), Tol(3), Tol(2.2)]
print(Tol(2.1) in xs, Tol(9) in xs, 3 in xs, 3.3 in xs)
print(Tol(4) not in xs, 2 not in xs)
print(xs.index(Tol(2.1)), xs.index(3.2), xs.index(2, 2))
print(xs.count(Tol(2)), xs.count(2.1), xs.count(7))
xs.remove(2.4)
print(xs)
try:
    xs.remove(Tol(10))
except ValueError as e:
    print(type(e).__name__, e)
try:
    xs.index(Tol(10))
except ValueError as e:
    print(type(e).__name__, e)
t = (Tol(5), Tol(6))
print(5.2 in t, t.index(6), t.count(Tol(5.4)))
try:
    t.index(1)
except ValueError as e:
    print(type(e).__name__, e)
print([Tol(1), Tol(2)] == [1, 2.3], (Tol(1),) == (1.9,))
print({"k": Tol(1)} == {"k": 1.2})
print(1 in [Tol(1.1)], [1] == [Tol(1.1)])


class Ident:
    def __eq__(self, o):
        print("  eq called")
        return False


i = Ident()
print(i in [i], [i] == [i], [i].count(i), [i].index(i))
print(i in [Ident()])
