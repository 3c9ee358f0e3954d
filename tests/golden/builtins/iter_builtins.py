data = ["pear", "Apple", "fig", "banana"]
print(sorted(data), sorted(data, key=str.lower), sorted(data, key=len, reverse=True))
print(list(enumerate(data, start=1)))
print(list(zip(data, range(3))), list(zip()))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None])))
print(list(reversed(range(1, 8, 3))), list(reversed("abc")))
print(any(x > 3 for x in [1, 5]), all([]), any([]), all(x for x in [1, 0]))
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
calls = iter([3, 2, 1, 0, 5].pop, 0)
print(list(calls))
print(list(range(10)[2:8:2]), range(0, 10, 3)[-1], len(range(5, -5, -2)), 4 in range(0, 10, 2))
print(range(3) == range(0, 3, 1), repr(range(1, 5, 2)), range(10).index(7), range(10).count(3))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1]))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(dict(zip("abc", range(3))), list(enumerate("xy", 5)))
print(tuple(sorted([3, 1, 2], reverse=True)), slice(1, 5, 2), slice(3).indices(10))
print(isinstance(3, (int, str)), issubclass(bool, int), callable(len), callable(3))
for bad in [lambda: sorted([1, "a"]), lambda: next([1]), lambda: iter(5), lambda: list(map(len, [1])),
            lambda: range(1, 2, 0), lambda: range(3).index(9), lambda: sorted([1], key=1),
            lambda: enumerate([], start="a"), lambda: len(5)]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
