# Tests TypeError messages for ordering comparisons on objects without ordering dunders.
class X:
    pass


class Y:
    def __eq__(self, o):
        return True


checks = [
    ("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b),
    (">", lambda a, b: a > b), (">=", lambda a, b: a >= b),
]
for name, f in checks:
    for a, b in [(X(), X()), (X(), 1), ("s", X()), (X(), Y()), (None, X())]:
        try:
            f(a, b)
        except TypeError as e:
            print(name, type(e).__name__, e)
print(X() == X(), Y() == X(), X() == Y())
try:
    sorted([X(), X()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(X(), X())
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, X()] < [1, X()]
except TypeError as e:
    print(type(e).__name__, e)
print([1, X()] < [2, X()])
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__, e)
