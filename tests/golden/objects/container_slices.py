# Tests __getitem__/__setitem__/__delitem__ receiving slice objects, and slice attributes.
class Rec:
    def __getitem__(self, k):
        print("get", repr(k))
        return k
    def __setitem__(self, k, v):
        print("set", repr(k), repr(v))
    def __delitem__(self, k):
        print("del", repr(k))


r = Rec()
r[1:3]
r[:2]
r[::2]
r[1:]
r[:]
r[-3:-1:-1]
r[1:2, 3]
r[..., 1]
r["a":"b"]
r[1:3] = [7, 8]
r[::3] = "xy"
del r[1:3]
del r[::2]
r[0] = 5
del r[0]
k = r[2:10:3]
print(k.start, k.stop, k.step, type(k).__name__)
print(slice(3), slice(1, 4), slice(1, 9, 2), slice(None, None, -1))
print(slice(1, 4).indices(10), slice(None, None, -1).indices(5), slice(-3, None).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print([0, 1, 2, 3, 4, 5][slice(1, 5, 2)], "hello"[slice(None, None, -1)])


class Sliceable:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Sliceable(self.data[k])
        return self.data[k]
    def __repr__(self):
        return f"Sliceable({self.data})"


s = Sliceable([10, 20, 30, 40, 50])
print(s[1:4], s[::-2], s[1:4][1], s[-1])
