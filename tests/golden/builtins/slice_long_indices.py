# Slices whose bounds reach past 64-bit ints, and range slices (rangeobject.c's compute_slice:
# the bounds come from the clamped slice indices, not from the number of items).
class Index:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

for r in (range(10), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(-2**70, 2**70, 3)):
    for s in (slice(2, 5, 2), slice(None, None, -1), slice(5, 2), slice(-100, 100), slice(None, None, 2**62),
              slice(Index(1), Index(2**80)), slice(-2**70, None, -3), slice(True, None, 2)):
        sub = r[s]
        print(r, s.indices(len(r)) if r.stop < 2**63 else "", sub, len(sub) if abs(sub.stop - sub.start) < 2**62 else "big", list(sub[:4]), sub[-1:])
print(range(2**70)[2**65::2**64], list(range(2**64, 2**64 + 10)[3:7]), range(2**64)[::-1][:3])
print(slice(0, 2**70).indices(2**80), slice(None, None, -1).indices(2**64), slice(Index(-5), None).indices(Index(3)))
print([1, 2, 3][:2**70], "abc"[-2**70:], (1, 2)[::2**70], b"xyz"[2**64:], [1, 2, 3][::-2**70], "héllo"[Index(1):Index(2**90)])
print("abcabc".find("c", -2**70), "abcabc".count("a", 2**70), b"abc".index(b"b", -2**66, 2**66), [1, 2, 3].index(3, -2**70))
x = [1, 2, 3, 4]
x[:2**70] = [9]
print(x)
del x[-2**70:1]
print(x)
for bad in (lambda: range(10)["a":], lambda: range(10)[::0], lambda: slice(1, 2).indices(-1),
            lambda: slice(1.5).indices(3), lambda: slice(1).indices(2.0), lambda: [1][::Index("x")],
            lambda: "abc".find("a", 1.0), lambda: range(2**70)[::0]):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
