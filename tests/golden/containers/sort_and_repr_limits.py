# list.sort: the list is empty while it is sorted; what a key function adds is dropped and
# reported; an error leaves the list as it was. repr() of deeply nested lists hits the recursion limit.
data = [3, 1, 2]
seen = []


def key(x):
    seen.append(len(data))
    return x


data.sort(key=key)
print(data, seen)


def grow(x):
    data.append(x)
    return x


try:
    data.sort(key=grow)
except ValueError as e:
    print(e, data)


class Bad:
    def __lt__(self, other):
        raise TypeError("no order")


items = [2, 1]
try:
    items.sort(key=lambda v: Bad())
except TypeError as e:
    print(e, items)
print(sorted([5, 3, 4], key=lambda v: -v), sorted("bca", reverse=True))

nested = []
for _ in range(2000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print("RecursionError:", e)
shallow = []
for _ in range(100):
    shallow = [shallow]
print(len(repr(shallow)))
