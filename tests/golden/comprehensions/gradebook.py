# A gradebook: dict/set/list comprehensions with nested loops, several conditions, conditional
# expressions, unpacking targets, enumerate/zip/sorted with key functions.
students = ["ann", "bob", "cy", "dee", "eve"]
scores = {
    "ann": {"math": 91, "art": 78, "bio": 85},
    "bob": {"math": 64, "art": 88},
    "cy": {"math": 77, "art": 59, "bio": 92, "chem": 70},
    "dee": {"bio": 48},
    "eve": {"math": 100, "art": 95, "bio": 99},
}


def grade(n):
    return "A" if n >= 90 else "B" if n >= 80 else "C" if n >= 70 else "D" if n >= 60 else "F"


averages = {s: round(sum(v.values()) / len(v), 1) for s, v in scores.items()}
print(averages)
letters = {s: [grade(n) for n in v.values()] for s, v in scores.items()}
print(letters)
subjects = sorted({subj for v in scores.values() for subj in v})
print(subjects)
table = [[scores[s].get(subj, "-") for subj in subjects] for s in students]
for s, row in zip(students, table):
    print(f"{s:>4}", " ".join(f"{c:>3}" for c in row))
print({subj: max((v[subj], s) for s, v in scores.items() if subj in v) for subj in subjects})
honours = [s for s in students if all(n >= 75 for n in scores[s].values()) if len(scores[s]) > 2]
print(honours)
pairs = [(a, b) for i, a in enumerate(students) for b in students[i + 1:] if abs(averages[a] - averages[b]) < 10]
print(pairs)
ranking = sorted(averages.items(), key=lambda kv: (-kv[1], kv[0]))
print([f"{rank}.{name}" for rank, (name, _) in enumerate(ranking, start=1)])
failing = {(s, subj) for s, v in scores.items() for subj, n in v.items() if n < 60}
print(sorted(failing), len(failing))
counts = {g: sum(1 for v in letters.values() for x in v if x == g) for g in "ABCDF"}
print(counts, sum(counts.values()) == sum(map(len, scores.values())))
transposed = list(zip(*[[1, 2, 3], [4, 5, 6]]))
print(transposed, [list(t) for t in zip(*transposed)])
print([n for row in table for n in row if isinstance(n, int) and n % 2 == 0])
s = "outer"
print([s for s in "xy"], s, {s: i for i, s in enumerate("ab")}, s)
