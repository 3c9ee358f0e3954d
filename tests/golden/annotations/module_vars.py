# Annotated assignments at module level, with and without values, and reading them back.
counter: int = 0
names: list[str] = ["ada", "grace"]
pending: list[str]
scores: dict[str, int] = {}
ratio: float = 0.5
label: "str" = "inventory"


def bump(step: int = 1) -> int:
    global counter
    counter += step
    return counter


print(counter, names, scores, ratio, label)
print(bump(), bump(5), counter)
try:
    print(pending)
except NameError as e:
    print("NameError:", e)
pending = [n.upper() for n in names]
print(pending)
pending: list[str] = pending + ["linus"]
print(pending, len(pending))
for n in names:
    scores[n] = len(n) * 10
print(scores)
total: int
total = sum(scores.values())
print("total", total)
print(sorted(__annotations__))
print(__annotations__["counter"] is int, __annotations__["label"])
x: int = 7
y = x * 2
print(x, y)
a: tuple[int, int] = (1, 2)
print(a[0] + a[1])
