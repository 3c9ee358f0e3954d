# islice: every argument form (stop / start, stop / start, stop, step, with None), error texts for
# negative, zero-step and non-integer arguments, and how much of an underlying iterator islice consumes.
import itertools

s = "ABCDEFGHIJ"
print(list(itertools.islice(s, 3)), list(itertools.islice(s, 0)), list(itertools.islice(s, 100)))
print(list(itertools.islice(s, 2, 5)), list(itertools.islice(s, 5, 2)), list(itertools.islice(s, 8, 100)))
print(list(itertools.islice(s, 1, 9, 3)), list(itertools.islice(s, 0, None, 4)), list(itertools.islice(s, None)))
print(list(itertools.islice(s, None, 4)), list(itertools.islice(s, 7, None)), list(itertools.islice(s, None, None, 2)))
print(list(itertools.islice(s, 3, None, None)), list(itertools.islice(s, None, None, None)))
print(list(itertools.islice(range(100), 10, 20, 5)), list(itertools.islice(itertools.count(), 5, 30, 7)))
print(list(itertools.islice([], 3)), list(itertools.islice(iter(()), 1, 4, 2)), list(itertools.islice(s, True)))


class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n


print(list(itertools.islice(s, Idx(1), Idx(6), Idx(2))))

bad = [("islice(s, -1)", lambda: itertools.islice(s, -1)),
       ("islice(s, -2, 5)", lambda: itertools.islice(s, -2, 5)),
       ("islice(s, 1, -5)", lambda: itertools.islice(s, 1, -5)),
       ("islice(s, 0, 5, 0)", lambda: itertools.islice(s, 0, 5, 0)),
       ("islice(s, 0, 5, -1)", lambda: itertools.islice(s, 0, 5, -1)),
       ("islice(s, 1.5)", lambda: itertools.islice(s, 1.5)),
       ("islice(s, '2')", lambda: itertools.islice(s, "2")),
       ("islice(s, 0, 2.0)", lambda: itertools.islice(s, 0, 2.0)),
       ("islice(s, 0, 5, 1.0)", lambda: itertools.islice(s, 0, 5, 1.0)),
       ("islice(s)", lambda: itertools.islice(s)),
       ("islice()", lambda: itertools.islice()),
       ("islice(s, 1, 2, 3, 4)", lambda: itertools.islice(s, 1, 2, 3, 4)),
       ("islice(s, stop=3)", lambda: itertools.islice(s, stop=3)),
       ("islice(5, 3)", lambda: itertools.islice(5, 3)),
       ("islice(s, 2**100)", lambda: list(itertools.islice(s, 2 ** 100)))]
for label, f in bad:
    try:
        print(label, "->", f())
    except (TypeError, ValueError, OverflowError) as e:
        print(label, "->", type(e).__name__, e)

it = iter(range(10))
print(list(itertools.islice(it, 3)), list(it))
it = iter(range(10))
print(list(itertools.islice(it, 2, 4)), list(it))
it = iter(range(10))
print(list(itertools.islice(it, 1, 7, 3)), list(it))
it = iter(range(10))
print(list(itertools.islice(it, 0)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 20, 30)), list(it))

pulled = []


def source():
    for i in range(8):
        pulled.append(i)
        yield i


g = source()
sl = itertools.islice(g, 1, 6, 2)
print(next(sl), pulled[:])
print(next(sl), pulled[:])
print(list(sl), pulled[:])
print(list(g), pulled[:])

it = iter("abcdefgh")
chunks = []
while chunk := "".join(itertools.islice(it, 3)):
    chunks.append(chunk)
print(chunks)
sl = itertools.islice("abc", 2)
print(iter(sl) is sl, list(sl), list(sl))
