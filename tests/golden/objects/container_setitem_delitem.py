# Tests __setitem__/__delitem__ with keys, and errors for types lacking item protocols.
class Store:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        self.data[k] = v * 2
    def __getitem__(self, k):
        return self.data[k]
    def __delitem__(self, k):
        if k not in self.data:
            raise KeyError(f"no {k}")
        del self.data[k]


s = Store()
s["a"] = 1
s["b"] = "x"
print(s.data, s["a"])
s["a"] += 5
print(s["a"])
del s["b"]
print(s.data)
try:
    del s["zz"]
except KeyError as e:
    print(type(e).__name__, e)
s[1], s[2] = 10, 20
print(s.data)


class ReadOnly:
    def __getitem__(self, k):
        return k


class Nothing:
    pass


for obj in [ReadOnly(), Nothing(), (1, 2), "str", 5]:
    try:
        obj[0] = 1
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        del obj[0]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Nothing()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = None
    x[0]
except TypeError as e:
    print(type(e).__name__, e)
