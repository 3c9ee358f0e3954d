scores = {"ann": [12, 30, 7], "bob": [25], "cy": [], "dee": [30, 1]}

best = {name: max(s, default=None) for name, s in scores.items()}
worst = {name: min(s, default=0) for name, s in scores.items()}
print(best, worst)
leader = max(scores, key=lambda n: max(scores[n], default=-1))
print("leader:", leader, "| shortest name:", min(scores, key=len), "| max of two:", max(3, 7, key=lambda v: -v))
print(max("apple", "pear", "fig", key=len), min([(2, "b"), (1, "z"), (1, "a")]), max([[1, 2], [1, 3]]))
ranked = sorted(scores, key=lambda n: (-sum(scores[n]), n))
for pos, name in enumerate(ranked, start=1):
    print(f"{pos}. {name:<4} total={sum(scores[name]):>3} best={best[name]!s:>4}")
attempts = [
    ("max of empty list", lambda: max([])),
    ("min with default and two args", lambda: min(4, 5, default=0)),
    ("max with default and two args", lambda: max(4, 5, default=0)),
    ("max with bad keyword", lambda: max(4, 5, limit=9)),
    ("min of int", lambda: min(5)),
    ("max mixed types", lambda: max([1, "2"])),
    ("min no args", lambda: min()),
]
for label, fn in attempts:
    try:
        print(f"{label}: {fn()}")
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
print(max(scores["bob"] + scores["dee"], default=None), min((s for s in scores["cy"]), default="none"))
max(scores["cy"], key=abs)
