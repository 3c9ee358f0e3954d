# key= for bisect_*/insort_* (key applied to elements, not to x, for bisect; to x too for insort),
# and error texts: negative lo, hi past the end, wrong types, argument counts and keywords.
import bisect

recs = [("ann", 31), ("bob", 25), ("cid", 40), ("dee", 25)]
recs.sort(key=lambda r: r[1])
print(recs)
age = lambda r: r[1]
print(bisect.bisect_left(recs, 25, key=age), bisect.bisect_right(recs, 25, key=age), bisect.bisect(recs, 35, key=age))
print(bisect.bisect_left(recs, 30, 1, 3, key=age), bisect.bisect_right(recs, 50, lo=2, key=age))
bisect.insort(recs, ("eve", 33), key=age)
bisect.insort_left(recs, ("fay", 25), key=age)
bisect.insort_right(recs, ("gus", 25), key=age)
print(recs)
print(bisect.bisect_left(recs, ("c",), key=None), bisect.bisect_left([3, 1, 2], 2, key=None))
words = ["a", "bb", "ccc", "dddd"]
print(bisect.bisect_left(words, 2, key=len), bisect.bisect_right(words, 2, key=len), bisect.bisect(words, 9, key=len))
bisect.insort(words, "XX", key=len)
bisect.insort_left(words, "YY", key=len)
print(words)
neg = [9, 7, 4, 1]
print(bisect.bisect_left(neg, -4, key=lambda v: -v), bisect.bisect_right(neg, -4, key=lambda v: -v))
calls = []
bisect.bisect_left(list(range(100)), 37, key=lambda v: calls.append(v) or v)
print(len(calls), calls)

a = [1, 2, 3, 4, 5]
bad = [("bisect_left(a, 3, -1)", lambda: bisect.bisect_left(a, 3, -1)),
       ("bisect_right(a, 3, lo=-5)", lambda: bisect.bisect_right(a, 3, lo=-5)),
       ("insort_left(a, 3, -1)", lambda: bisect.insort_left(a, 3, -1)),
       ("insort(a, 3, lo=-2, key=abs)", lambda: bisect.insort(a, 3, lo=-2, key=abs)),
       ("bisect_left(a, 100, 0, 8)", lambda: bisect.bisect_left(a, 100, 0, 8)),
       ("bisect_right(a, 0, 0, 50)", lambda: bisect.bisect_right(a, 0, 0, 50)),
       ("bisect_left(a, 'x')", lambda: bisect.bisect_left(a, "x")),
       ("bisect_right(a, None)", lambda: bisect.bisect_right(a, None)),
       ("insort(a, 'x')", lambda: bisect.insort(a, "x")),
       ("bisect_left(a, (1,))", lambda: bisect.bisect_left(a, (1,))),
       ("bisect_left(5, 1)", lambda: bisect.bisect_left(5, 1)),
       ("bisect_right(None, 1)", lambda: bisect.bisect_right(None, 1)),
       ("bisect_left({1: 2}, 1)", lambda: bisect.bisect_left({1: 2}, 1)),
       ("insort((1, 2), 3)", lambda: bisect.insort((1, 2), 3)),
       ("insort('ab', 'c')", lambda: bisect.insort("ab", "c")),
       ("bisect_left(a)", lambda: bisect.bisect_left(a)),
       ("bisect_left()", lambda: bisect.bisect_left()),
       ("bisect_right(a, 1, 0, 2, 3)", lambda: bisect.bisect_right(a, 1, 0, 2, 3)),
       ("insort(a)", lambda: bisect.insort(a)),
       ("bisect_left(a, 1, low=0)", lambda: bisect.bisect_left(a, 1, low=0)),
       ("bisect(a, 1, 1.5)", lambda: bisect.bisect(a, 1, 1.5)),
       ("bisect(a, 1, 0, '3')", lambda: bisect.bisect(a, 1, 0, "3")),
       ("bisect_left(a, 1, key=5)", lambda: bisect.bisect_left(a, 1, key=5)),
       ("bisect_left(a, 1, key=len)", lambda: bisect.bisect_left(a, 1, key=len)),
       ("insort(a, 1, key=str)", lambda: bisect.insort(a, 1, key=str)),
       ("bisect_left(a, 1, a=a)", lambda: bisect.bisect_left(a, 1, a=a)),
       ("bisect_left(x=3, a=a)", lambda: bisect.bisect_left(x=3, a=a))]
for label, f in bad:
    try:
        print(label, "->", f())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(label, "->", type(e).__name__, e)
print(a)
