# groupby: with and without key, only consecutive runs are grouped, a group is invalidated once the
# outer iterator advances, and the sort-then-group idiom on tuples and dicts.
import itertools

print([(k, list(g)) for k, g in itertools.groupby("AAAABBBCCDAABBB")])
print([k for k, _ in itertools.groupby("AAAABBBCCD")], [len(list(g)) for _, g in itertools.groupby("aabccc")])
print(list(itertools.groupby([])), [(k, list(g)) for k, g in itertools.groupby([7])])
print([(k, list(g)) for k, g in itertools.groupby([1, 3, 5, 2, 4, 7, 9, 6], key=lambda x: x % 2)])
print([(k, "".join(g)) for k, g in itertools.groupby("aAbBBcA", str.lower)])
print([(k, list(g)) for k, g in itertools.groupby([1, 1.0, True, 2, 2.0])])
print([(k, list(g)) for k, g in itertools.groupby(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"],
                                                  key=lambda w: w[0])])
print([(k, list(g)) for k, g in itertools.groupby(range(10), None)])

groups = list(itertools.groupby("AAABBC"))
print([(k, list(g)) for k, g in groups])
gb = itertools.groupby("xxxyyz")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
k3, g3 = next(gb)
print(k3, list(g3), list(g2))
try:
    next(gb)
except StopIteration as e:
    print("StopIteration", repr(e))

gb = itertools.groupby([1, 1, 2, 2, 2, 3])
_, first = next(gb)
print(next(first))
print([(k, list(g)) for k, g in gb], list(first))

calls = []


def keyf(x):
    calls.append(x)
    return x // 10


gb = itertools.groupby([1, 5, 12, 18, 25], keyf)
k, g = next(gb)
print(k, calls[:])
print(list(g), calls[:])
print([(k, list(g)) for k, g in gb], calls[:])

records = [("eve", "ops", 3), ("bob", "dev", 5), ("amy", "ops", 1), ("dan", "dev", 2), ("cat", "qa", 4)]
records.sort(key=lambda r: (r[1], r[0]))
for dept, members in itertools.groupby(records, key=lambda r: r[1]):
    members = list(members)
    print(dept, [m[0] for m in members], sum(m[2] for m in members))

people = [{"name": "Ann", "city": "Oslo"}, {"name": "Ben", "city": "Rome"}, {"name": "Cid", "city": "Oslo"},
          {"name": "Dee", "city": "Lima"}, {"name": "Eli", "city": "Rome"}]
by_city = {city: [p["name"] for p in grp]
           for city, grp in itertools.groupby(sorted(people, key=lambda p: p["city"]), key=lambda p: p["city"])}
print(by_city)
print([(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))])
print(max((len(list(g)), k) for k, g in itertools.groupby("abbcccddddcc")))

for bad in [lambda: itertools.groupby(5), lambda: list(itertools.groupby([1, 2], key=len)),
            lambda: [(k, list(g)) for k, g in itertools.groupby(iterable=[1, "1", "1"], key=str)],
            lambda: itertools.groupby(), lambda: itertools.groupby("a", keyfunc=len), lambda: itertools.groupby("a", lambda x: x, 3)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
