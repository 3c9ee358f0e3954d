class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

    def leaves(self):
        if not self.children:
            return (yield self.value) or 1
        n = 0
        for c in self.children:
            n += yield from c.leaves()
        return n


tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b"), Node("c", Node("c1", Node("c1x"))))
print(list(tree))
for depth, v in tree.walk():
    print("  " * depth + v)


def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value


print(collect(tree.leaves()))


def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, (3, [4, []])], "s", [[5]]])))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def chunked(it, n):
    it = iter(it)
    while chunk := [x for _, x in zip(range(n), it)]:
        yield chunk


f = fib()
print([next(f) for _ in range(10)], list(chunked(range(7), 3)))
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(5)])
g = (x * x for x in range(3))
print(list(g), list(g), sum(x for x in range(5)))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


c = closer()
print(next(c))
c.close()
print(list(closer()))
gen = tree.walk()
print(next(gen), type(gen).__name__, gen.__name__)
print(next(iter(Node("x"))), list(Node("solo").leaves()))
list(flatten([1, [2, None.x]]))
