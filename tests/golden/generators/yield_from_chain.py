# yield from over lists, strings, ranges and other generators; recursive flattening.
def chain(*iterables):
    for it in iterables:
        yield from it


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj


def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)


def delegating():
    yield "start"
    got = yield from inner()
    yield f"inner returned {got}"


def inner():
    x = yield "inner waiting"
    print("inner received", x)
    return x * 2


print(list(chain([1, 2], "ab", range(3), (x * x for x in [4, 5]))))
print(list(flatten([1, [2, [3, [4, (5, 6)]]], [], [[7]]])))
tree = ("root", [("src", [("main.py", []), ("util.py", [])]), ("docs", [("index.md", [])])])
for line in walk(tree):
    print(line)
d = delegating()
print(next(d), next(d))
print(d.send(21))
print(next(d, "done"))
print(list(chain()), list(chain([], [])), "".join(chain("ab", "cd")))
