"""A directory-like tree walked with iterator classes and recursive yield from."""


class Node:
    def __init__(self, name, size=0, children=None):
        self.name = name
        self.size = size
        self.children = children or []

    def __iter__(self):
        return iter(self.children)

    def __repr__(self):
        return f"Node({self.name!r})"


def build():
    return Node("/", children=[
        Node("etc", children=[Node("hosts", 120), Node("passwd", 2048)]),
        Node("home", children=[
            Node("ann", children=[Node("notes.txt", 512), Node("photo.png", 90000)]),
            Node("bob", children=[]),
        ]),
        Node("README", 64),
    ])


def walk(node, depth=0):
    yield depth, node
    for child in node:
        yield from walk(child, depth + 1)


def files(node, path=""):
    full = (path.rstrip("/") + "/" + node.name) if path else node.name
    if not node.children and node.size:
        yield full, node.size
        return 1
    count = 0
    for child in node:
        count += yield from files(child, full)
    return count


class BreadthFirst:
    def __init__(self, root):
        self.queue = [root]

    def __iter__(self):
        return self

    def __next__(self):
        if not self.queue:
            raise StopIteration
        node = self.queue.pop(0)
        self.queue.extend(node.children)
        return node.name


class Countdown:
    """Reusable iterable: each iter() gives a fresh iterator."""

    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))

    def __len__(self):
        return self.start


root = build()
for depth, node in walk(root):
    size = f" ({node.size} B)" if node.size else ""
    print("  " * depth + node.name + size)

gen = files(root)
listing = []
while True:
    try:
        listing.append(next(gen))
    except StopIteration as stop:
        print("file count:", stop.value)
        break
for path, size in sorted(listing, key=lambda p: -p[1]):
    print(f"{size:>7,}  {path}")
print("total:", sum(s for _, s in files(root)))

bfs = BreadthFirst(root)
print(list(bfs))
print(list(bfs), iter(bfs) is bfs)

cd = Countdown(4)
print(list(cd), list(cd), list(reversed(cd)), len(cd))
print(sorted(cd), max(cd), 3 in cd, 7 in cd)
it = iter(cd)
print(next(it), next(it), list(it), next(it, "done"))
pairs = list(zip(cd, BreadthFirst(root)))
print(pairs)
print(dict(enumerate(Countdown(3), start=10)))
a, b, *rest = Countdown(5)
print(a, b, rest)
print([n for d, n in walk(root) if d == 2])


def sizes_checked(node):
    for path, size in files(node):
        if size > 50000:
            raise ValueError(f"{path} is too large: {size}")
        yield size


print(sum(sizes_checked(root.children[0])))
print(sum(sizes_checked(root)))
