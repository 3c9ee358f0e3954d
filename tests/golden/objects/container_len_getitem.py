# Tests __len__ and __getitem__ with int keys on a user sequence, plus len() error messages.
class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print("  getitem", repr(i))
        return self.items[i]


s = Seq("a", "b", "c")
print(len(s))
print(s[0], s[-1])
print(s[True])
try:
    s[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s["x"]
except TypeError as e:
    print(type(e).__name__, e)


class Map:
    def __getitem__(self, key):
        return f"<{key}>"


m = Map()
print(m["k"], m[1, 2], m[None], m[(3,)])
try:
    len(m)
except TypeError as e:
    print(type(e).__name__, e)


class BadLen:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v


print(len(BadLen(0)), len(BadLen(True)))
for v in [-1, "3", 2.0, 2 ** 70]:
    try:
        print(len(BadLen(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


try:
    BadLen(1)[0]
except TypeError as e:
    print(type(e).__name__, e)
