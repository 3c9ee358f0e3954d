# nlargest/nsmallest (key=, ties keep input order, n=0/negative/1/larger than input, any iterable),
# then error texts from the C heap functions: empty heaps, non-list heaps, mixed types, bad arguments.
import heapq

nums = [5, 1, 8, 3, 9, 2, 8, 7]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(1, nums))
print(heapq.nlargest(0, nums), heapq.nsmallest(-2, nums), heapq.nlargest(20, nums), heapq.nsmallest(9, nums))
print(heapq.nlargest(2, []), heapq.nsmallest(1, []), heapq.nlargest(3, iter(nums)), heapq.nsmallest(2, range(10, 0, -1)))
print(heapq.nlargest(3, "heapq"), heapq.nsmallest(2, {"b": 1, "a": 2, "c": 0}), heapq.nlargest(2, (1.5, 2, -3)))
people = [("ann", 31), ("bob", 25), ("cid", 40), ("dee", 25), ("eve", 40), ("fay", 19)]
age = lambda p: p[1]
print(heapq.nlargest(2, people, key=age), heapq.nsmallest(2, people, key=age))
print(heapq.nlargest(3, people, key=age), heapq.nsmallest(3, people, key=age))
print(heapq.nlargest(10, people, key=age)[-2:], heapq.nsmallest(1, people, key=age), heapq.nlargest(1, people, key=age))
print(heapq.nlargest(2, ["bb", "a", "ccc", "dd"], key=len), heapq.nsmallest(2, ["bb", "a", "ccc", "dd"], key=len))
print(heapq.nsmallest(3, [-4, 2, -1, 3, 0], key=abs), heapq.nlargest(3, [-4, 2, -1, 3, 0], key=None))
print(heapq.nlargest(2, [1, 1.0, True]), heapq.nsmallest(2, [2, 1.0, 1, True]))

bad = [("heappop([])", lambda: heapq.heappop([])),
       ("heapreplace([], 1)", lambda: heapq.heapreplace([], 1)),
       ("heappush((1, 2), 3)", lambda: heapq.heappush((1, 2), 3)),
       ("heappush(None, 3)", lambda: heapq.heappush(None, 3)),
       ("heappop('abc')", lambda: heapq.heappop("abc")),
       ("heapify((3, 1))", lambda: heapq.heapify((3, 1))),
       ("heapify({1, 2})", lambda: heapq.heapify({1, 2})),
       ("heapreplace((1,), 0)", lambda: heapq.heapreplace((1,), 0)),
       ("heappushpop('a', 'b')", lambda: heapq.heappushpop("a", "b")),
       ("heappush([1, 2], 'a')", lambda: heapq.heappush([1, 2], "a")),
       ("heappush(['a'], 1)", lambda: heapq.heappush(["a"], 1)),
       ("heappush([(1, 'x')], (1, 2))", lambda: heapq.heappush([(1, "x")], (1, 2))),
       ("heappush([None], None)", lambda: heapq.heappush([None], None)),
       ("heappush([{}], {})", lambda: heapq.heappush([{}], {})),
       ("heapify([3, 'a', 1])", lambda: heapq.heapify([3, "a", 1])),
       ("heappushpop([1], 'z')", lambda: heapq.heappushpop([1], "z")),
       ("heapreplace([1, 'b', 3], 2)", lambda: heapq.heapreplace([1, "b", 3], 2)),
       ("heappush([])", lambda: heapq.heappush([])),
       ("heappush([], 1, 2)", lambda: heapq.heappush([], 1, 2)),
       ("heappop()", lambda: heapq.heappop()),
       ("heappop([1], [2])", lambda: heapq.heappop([1], [2])),
       ("heapify()", lambda: heapq.heapify()),
       ("heapify(heap=[1])", lambda: heapq.heapify(heap=[1])),
       ("heappush(heap=[], item=1)", lambda: heapq.heappush(heap=[], item=1)),
       ("heapreplace([1])", lambda: heapq.heapreplace([1])),
       ("heappushpop([1])", lambda: heapq.heappushpop([1]))]
for label, f in bad:
    try:
        print(label, "->", f())
    except (IndexError, TypeError) as e:
        print(label, "->", type(e).__name__, e)

h = [1, 5, 3]
try:
    heapq.heappush(h, "x")
except TypeError as e:
    print(type(e).__name__, e, h)
h = [1, 2, 3]
try:
    heapq.heappop(h)
    heapq.heappop(h)
    heapq.heappop(h)
    heapq.heappop(h)
except IndexError as e:
    print(type(e).__name__, e, h)


class Sub(list):
    pass


s = Sub([4, 2, 6])
heapq.heapify(s)
heapq.heappush(s, 1)
print(type(s).__name__, list(s), heapq.heappop(s), s)
