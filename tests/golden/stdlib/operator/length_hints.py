"""operator.length_hint and the built-in iterators' __length_hint__, as a buffer sizing
helper uses them: sequences, ranges (any step), strings with non-ASCII text, dicts and sets
(none once they changed size), partly consumed iterators, user classes with __len__ or
__length_hint__, and the TypeError/ValueError texts."""
import operator


class Sized:
    def __len__(self):
        return 7


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __length_hint__(self):
        return self.hint


class BadLen:
    def __len__(self):
        raise TypeError("no length today")

    def __length_hint__(self):
        return 3


it = iter([1, 2, 3, 4])
next(it)
print(operator.length_hint(it), it.__length_hint__(), operator.length_hint([1, 2]), operator.length_hint((1,)))
for r in [range(10), range(0, 10, 3), range(10, 0, -3), range(5, 5), range(-5, 5, 4)]:
    ri = iter(r)
    print(r, operator.length_hint(ri), end=" ")
    next(ri, None)
    print(ri.__length_hint__())
s = iter("héllo wörld")
next(s)
print(operator.length_hint(s), operator.length_hint(iter({"a": 1, "b": 2})), operator.length_hint(iter({1, 2, 3})))
d = {"a": 1, "b": 2}
di = iter(d)
next(di)
print(di.__length_hint__(), end=" ")
d["c"] = 3
print(di.__length_hint__())
st = {1, 2}
si = iter(st)
st.add(3)
print(si.__length_hint__())
print(operator.length_hint(Sized()), operator.length_hint(Hinted(4)), operator.length_hint(Hinted(NotImplemented), 9),
      operator.length_hint(BadLen()), operator.length_hint(object(), 5), operator.length_hint(x for x in "ab"))
ex = iter([1])
list(ex)
print(operator.length_hint(ex))
for bad in [lambda: operator.length_hint(Hinted(-1)), lambda: operator.length_hint(Hinted("3")),
            lambda: operator.length_hint([], "x"), lambda: it.__length_hint__(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
rv = reversed([1, 2, 3])
next(rv)
print(rv.__length_hint__(), operator.length_hint(reversed("abcd")), operator.length_hint(iter(b"xyz")),
      operator.length_hint(iter(bytearray(b"ab"))), operator.length_hint(reversed(range(4))))
shrink = [1, 2, 3, 4]
rs = reversed(shrink)
del shrink[1:]
print(rs.__length_hint__(), list(rs))
