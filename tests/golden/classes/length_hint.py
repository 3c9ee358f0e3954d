# list(), tuple(), sorted(), extend() and `*` ask a user iterable its length before
# iterating it (PyObject_LengthHint): __len__, else __length_hint__, with their checks.
class Loud:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        print("  iter")
        return iter(self.items)

    def __len__(self):
        print("  len")
        return len(self.items)


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __iter__(self):
        return iter("ab")

    def __length_hint__(self):
        print("  hint", repr(self.hint))
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint


class BadLen:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter([1])

    def __len__(self):
        print("  badlen", repr(self.n))
        return self.n


x = Loud(3, 1, 2)
print("list", list(x))
print("tuple", tuple(x))
print("sorted", sorted(x))
print("star", [*x], (*x,))
print("join", "-".join(Loud("a", "b")))
acc = [0]
acc.extend(x)
print("extend", acc)
print("call", max(*x))
print("set", set(x) == {1, 2, 3}, "min", min(x), "sum", sum(x))

for hint in [5, NotImplemented, TypeError("no"), -1, "3", ValueError("bad")]:
    try:
        print(list(Hinted(hint)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for n in ["x", -2, 1]:
    try:
        print(list(BadLen(n)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

seq = Loud(*"xyz")
seq.__class__.__getitem__ = lambda self, i: self.items[i]
print("reversed", list(reversed(seq)))
print("iter", list(iter(seq)), "join", "".join(seq), "join2", "".join(Loud("p", "q")))
