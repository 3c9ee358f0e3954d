# Tests truthiness via __bool__ and __len__, and errors for bad return values.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  bool called")
        return self.v


class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  len called")
        return self.n


class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0


class Neither:
    pass


print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), bool(Neither()))
if L(0):
    print("L(0) truthy")
else:
    print("L(0) falsy")
print(not B(False), not L(2))
print(B(False) or "fallback", L(1) and "and-result")
n = 0
w = L(2)
while w:
    n += 1
    w.n -= 1
print("loops", n)
print("yes" if B(True) else "no", [x for x in [L(0), L(1)] if x].__len__())
for bad in [1, 0, "s", None]:
    try:
        bool(B(bad))
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [-1, "s", 1.0]:
    try:
        bool(L(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    if B(2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
