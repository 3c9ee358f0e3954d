# Sorting version strings and tournament results with old-style comparison functions through
# functools.cmp_to_key, next to the equivalent key-function sorts.
from functools import cmp_to_key


def parse(v):
    main, _, pre = v.partition("-")
    return [int(p) for p in main.split(".")], pre


def compare_versions(a, b):
    (na, pa), (nb, pb) = parse(a), parse(b)
    n = max(len(na), len(nb))
    na += [0] * (n - len(na))
    nb += [0] * (n - len(nb))
    if na != nb:
        return -1 if na < nb else 1
    if pa == pb:
        return 0
    if not pa:
        return 1
    if not pb:
        return -1
    return -1 if pa < pb else 1


versions = ["1.10", "1.2", "1.2.0", "1.2-rc1", "0.9.9", "1.2-beta", "2", "1.10.1"]
print(sorted(versions, key=cmp_to_key(compare_versions)))
print(max(versions, key=cmp_to_key(compare_versions)), min(versions, key=cmp_to_key(compare_versions)))
teams = [("ann", 3, 10), ("bob", 3, 12), ("cy", 5, 1), ("dee", 3, 10)]


def by_results(a, b):
    return (b[1] - a[1]) or (b[2] - a[2]) or (a[0] > b[0]) - (a[0] < b[0])


print(sorted(teams, key=cmp_to_key(by_results)))
print(sorted(teams, key=lambda t: (-t[1], -t[2], t[0])) == sorted(teams, key=cmp_to_key(by_results)))
K = cmp_to_key(compare_versions)
print(K("1.2") == K("1.2.0"), K("1.2-rc1") < K("1.2"), K("2") > K("1.10.1"))
