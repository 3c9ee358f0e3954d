# bisect_left/bisect_right/bisect and insort_left/insort_right/insort on ints, strings and tuples,
# with duplicates, lo/hi bounds (positional and keyword), and the list shown after each insort.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
print(bisect.bisect_left([], 5), bisect.bisect_right([], 5), bisect.bisect_left([5], 5), bisect.bisect_right([5], 5))

print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 4, 6), bisect.bisect_right(a, 4, 0, 3))
print(bisect.bisect_left(a, 100, 2, 4), bisect.bisect_right(a, -1, 5), bisect.bisect_left(a, 4, lo=1, hi=2))
print(bisect.bisect_right(a, 4, hi=4), bisect.bisect_left(a, 4, hi=None), bisect.bisect_right(a, 1, 6, 3))
print(bisect.bisect_left(a, 5, 0, 8), bisect.bisect_right(a, 0, 0, -3), bisect.bisect(a, 9, lo=7), bisect.bisect(a, 0, lo=10))

words = ["apple", "banana", "cherry", "date"]
for w in ["a", "banana", "bz", "zebra", ""]:
    print(repr(w), bisect.bisect_left(words, w), bisect.bisect_right(words, w))
pairs = [(1, "a"), (1, "c"), (2, "b"), (3, "a")]
print(bisect.bisect_left(pairs, (1, "b")), bisect.bisect_right(pairs, (1,)), bisect.bisect_left(pairs, (2,)),
      bisect.bisect_right(pairs, (2, "z")), bisect.bisect_left(pairs, (0, "zzz")))
print(bisect.bisect_left([1.5, 2.5, 3.5], 2), bisect.bisect_right([1, 2, 3], 2.0), bisect.bisect_left([False, True], True))
print(bisect.bisect_left("acegi", "d"), bisect.bisect_right(range(0, 100, 5), 42), bisect.bisect_left((1, 3, 5), 3))

s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(s, x)
    print(s)
print(bisect.insort_left(s, 3), s)
print(bisect.insort_right(s, 3), s)
t = [(1, "x")]
bisect.insort_left(t, (1, "a"))
bisect.insort_right(t, (1, "z"))
bisect.insort(t, (0, "q"))
print(t)
eq = [1.0, 2.0]
bisect.insort_left(eq, 1)
bisect.insort_right(eq, 2)
print(eq)
u = [10, 20, 30, 40]
bisect.insort(u, 25, 3)
print(u)
bisect.insort_left(u, 99, 0, 1)
print(u)
bisect.insort_right(u, 0, lo=2)
print(u)
bisect.insort(u, 35, hi=2)
print(u)
names = []
for n in "kiwi fig apple mango banana fig".split():
    bisect.insort_left(names, n)
print(names, bisect.bisect_left(names, "fig"), bisect.bisect_right(names, "fig"))
