# An exception raised by a key function inside groupby (and by the predicate of filterfalse) propagates
# through the C iterator; the first is caught, the second ends the program with a traceback.
import itertools


def price(item):
    name, cost = item
    if cost is None:
        raise ValueError(f"no price for {name}")
    return cost // 10


items = [("tea", 12), ("jam", 15), ("oil", 31), ("salt", None), ("rice", 44)]
groups = itertools.groupby(items, key=price)
try:
    for band, members in groups:
        print(band, [name for name, _ in members])
except ValueError as e:
    print(type(e).__name__, e)
band, members = next(groups)
print(band, list(members), next(groups, "exhausted"))


def is_cheap(item):
    return item[1] < 20


print([name for name, _ in itertools.filterfalse(is_cheap, items[:3])])
for name, cost in itertools.filterfalse(is_cheap, items):
    print("not cheap:", name, cost)
