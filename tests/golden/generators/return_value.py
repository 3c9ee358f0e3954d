# A generator's return value: via yield from, and via StopIteration.value.
def accumulate(values):
    total = 0
    for v in values:
        total += v
        yield total
    return f"sum={total}"


def averager(values):
    count = 0
    total = 0
    for v in values:
        total += v
        count += 1
        yield v
    return total / count if count else None


def report(groups):
    results = {}
    for name, values in groups.items():
        stats = yield from averager(values)
        print(f"  group {name} average {stats}")
        results[name] = stats
    return results


g = accumulate([1, 2, 3])
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned:", e.value)

outer = report({"a": [1, 2, 3], "b": [], "c": [10]})
seen = []
while True:
    try:
        seen.append(next(outer))
    except StopIteration as e:
        print("seen", seen)
        print("final", e.value)
        break


def no_return():
    yield 1


g2 = no_return()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("no return value:", e.value)


def wrapper():
    result = yield from accumulate([5, 5])
    yield result


print(list(wrapper()))
