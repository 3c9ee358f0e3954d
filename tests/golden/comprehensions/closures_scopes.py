# Nested comprehensions and closures: late binding, default-arg capture, nonlocal counters,
# comprehension scope isolation and walrus leaking to the enclosing function.
def make_multipliers():
    late = [lambda x: x * i for i in range(4)]
    early = [lambda x, i=i: x * i for i in range(4)]
    return [f(10) for f in late], [f(10) for f in early]


print(make_multipliers())


def counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count

    return bump, lambda: count


bump, peek = counter()
print([bump() for _ in range(3)], bump(10), peek())


def walrus_demo(data):
    hits = [y for x in data if (y := x * 2) > 4]
    return hits, y


print(walrus_demo([1, 2, 3, 4]))
x = "outer"
print([x for x in range(3)], x, [[x * y for y in range(3)] for x in range(1, 3)], x)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row if v % 2 == 0])
print({i: [j for j in range(i)] for i in range(4)}, {(a, b) for a in range(2) for b in range(a, 2)} == {(0, 0), (0, 1), (1, 1)})
adders = {name: (lambda n: lambda v: v + n)(n) for name, n in [("one", 1), ("ten", 10)]}
print({k: f(5) for k, f in adders.items()})


def outer():
    funcs = []
    for i in range(3):
        def inner(j=i):
            return [j * k for k in range(i)]
        funcs.append(inner)
    return [f() for f in funcs]


print(outer())


class Config:
    base = 10
    scaled = [base * 2 for _ in range(2)] if False else None
    names = ["a", "b"]
    upper = [n.upper() for n in names]


print(Config.upper, Config.scaled)
try:
    class Broken:
        k = 3
        vals = [k * i for i in range(2)]
except NameError as e:
    print("NameError:", e)
print([(lambda q: q + 1)(q) for q in range(3)], list(map(lambda t: t[0] * t[1], zip(range(3), range(3, 6)))))
