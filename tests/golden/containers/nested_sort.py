employees = [
    {"name": "Ann", "dept": "eng", "salary": 120, "start": (2019, 3)},
    {"name": "bob", "dept": "ops", "salary": 90, "start": (2021, 1)},
    {"name": "Cid", "dept": "eng", "salary": 120, "start": (2018, 7)},
    {"name": "dot", "dept": "hr", "salary": 70, "start": (2021, 1)},
    {"name": "Eve", "dept": "ops", "salary": 95, "start": (2017, 12)},
]
by_salary = sorted(employees, key=lambda e: (-e["salary"], e["name"].lower()))
print([e["name"] for e in by_salary])
print([e["name"] for e in sorted(employees, key=lambda e: e["start"])])
stable = sorted(sorted(employees, key=lambda e: e["name"]), key=lambda e: e["dept"])
print([(e["dept"], e["name"]) for e in stable])
depts = {}
for e in employees:
    depts.setdefault(e["dept"], []).append(e)
summary = {d: (len(es), sum(e["salary"] for e in es), max(es, key=lambda e: e["salary"])["name"]) for d, es in sorted(depts.items())}
print(summary)
names = [e["name"] for e in employees]
names.sort(key=str.casefold, reverse=True)
print(names, sorted(names), min(names, key=len))
pairs = [(1, "b"), (1, "a"), (0, "z"), (1, "a")]
print(sorted(pairs), sorted(set(pairs)), sorted(pairs, key=lambda p: p[1]), pairs.index((1, "a")))
print(sorted([3, 1, 2]) == [1, 2, 3], [1, 2] < [1, 2, 0], (1, 2) < (1, 3), [2] > [1, 9], "" < "a")
print(sorted([[2, 1], [1], [1, 0], []]), sorted(["b10", "b9", "a"], key=lambda s: (s[0], int(s[1:] or 0))))
floats = [2.5, float("inf"), -1, 0, -0.0, 1e-9]
print(sorted(floats), max(floats), min(floats))
lst = [5, 3, 8]
lst.sort(key=lambda x: x % 3)
print(lst, sorted("Hello World"), sorted("bca", reverse=True))
records = [("x", 3), ("y", 1), ("x", 1)]
grouped = {}
for k, v in records:
    grouped[k] = grouped.get(k, 0) + v
print(grouped, sorted(grouped.items(), key=lambda kv: kv[1]))
print(list(map(list, zip(*[(1, "a"), (2, "b")]))), dict(zip(*[("k1", "k2"), (1, 2)])))
try:
    sorted([{"a": 1}, {"a": 2}])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
