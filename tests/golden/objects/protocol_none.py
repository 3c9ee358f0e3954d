# A special method set to None refuses its protocol: __iter__ = None (even with __getitem__),
# __contains__ = None, __hash__ = None, with CPython's messages.
class P:
    __iter__ = None
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
    def __len__(self): return 3
class C:
    __contains__ = None
    def __iter__(self): return iter([1, 2])
class H:
    __hash__ = None
for f in (lambda: list(P()), lambda: [x for x in P()], lambda: 5 in P(), lambda: 1 in C(), lambda: iter(P()), lambda: hash(H()), lambda: sorted(P()), lambda: tuple(P()), lambda: print(*P())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
a, *b = [1, 2]
try:
    x, y, z = P()
except TypeError as e:
    print("TypeError:", e)
print(P()[1], len(P()), list(C()))
