# Functional Programming HOWTO (linked from iter()/next()/map()/filter()): iterators, generator
# expressions, generators, send(), built-in functions; itertools/operator parts left out
L = [1, 2, 3]
it = iter(L)
print(type(it).__name__)
print(it.__next__())  # same as next(it)
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')

L = [1, 2, 3]
iterator = iter(L)
t = tuple(iterator)
print(t)
L = [1, 2, 3]
iterator = iter(L)
a, b, c = iterator
print(a, b, c)
print(max(iter([5, 1])), 2 in iter([1, 2]), 9 not in iter([1, 2]))

m = {'Jan': 1, 'Feb': 2, 'Mar': 3, 'Apr': 4, 'May': 5, 'Jun': 6,
     'Jul': 7, 'Aug': 8, 'Sep': 9, 'Oct': 10, 'Nov': 11, 'Dec': 12}
for key in m:
    print(key, m[key], end='; ')
print()
L = [('Italy', 'Rome'), ('France', 'Paris'), ('US', 'Washington DC')]
print(dict(iter(L)))
S = {2, 3, 5, 7, 11, 13}
for i in S:
    print(i, end=' ')
print()

# Generator expressions and list comprehensions
line_list = ['  line 1\n', 'line 2  \n', ' \n', '']
stripped_iter = (line.strip() for line in line_list)
stripped_list = [line.strip() for line in line_list if line != ""]
print(type(stripped_iter).__name__, list(stripped_iter), stripped_list)
print(sum(x * x for x in range(4)))
seq1 = 'abc'
seq2 = (1, 2, 3)
print([(x, y) for x in seq1 for y in seq2])


# Generators
def generate_ints(N):
    for i in range(N):
        yield i


gen = generate_ints(3)
print(type(gen).__name__)
print(next(gen))
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print('StopIteration')
a, b, c = generate_ints(3)
print(a, b, c, list(generate_ints(5)))


# A recursive generator that generates Tree leaves in in-order.
class Tree:
    def __init__(self, label, left=None, right=None):
        self.label, self.left, self.right = label, left, right


def inorder(t):
    if t:
        for x in inorder(t.left):
            yield x

        yield t.label

        for x in inorder(t.right):
            yield x


def inorder2(t):
    if t:
        yield from inorder2(t.left)
        yield t.label
        yield from inorder2(t.right)


tree = Tree('d', Tree('b', Tree('a'), Tree('c')), Tree('f', Tree('e'), Tree('g')))
print(''.join(inorder(tree)), list(inorder2(tree)))


# Passing values into a generator
def counter(maximum):
    i = 0
    while i < maximum:
        val = (yield i)
        # If value provided, change counter
        if val is not None:
            i = val
        else:
            i += 1


it = counter(10)
print(next(it))
print(next(it))
print(it.send(8))
print(next(it))
try:
    print(next(it))
except StopIteration:
    print('StopIteration')
it = counter(3)
try:
    it.send(1)
except TypeError as e:
    print('TypeError:', e)
print(it.send(None))


def closing_gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('generator closing')
        raise
    finally:
        print('finally in generator')


g = closing_gen()
print(next(g))
g.close()
g.close()
print(list(g))


def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)


# Built-in functions
def upper(s):
    return s.upper()


print(list(map(upper, ['sentence', 'fragment'])))
print([upper(s) for s in ['sentence', 'fragment']])


def is_even(x):
    return (x % 2) == 0


print(list(filter(is_even, range(10))))
print(list(x for x in range(10) if is_even(x)))
for item in enumerate(['subject', 'verb', 'object']):
    print(item)
print(sorted([7, 2, 9, 4], reverse=True))
print(any([0, 1, 0]), any([0, 0, 0]), any([1, 1, 1]), all([0, 1, 0]), all([0, 0, 0]), all([1, 1, 1]))
print(list(zip(['a', 'b', 'c'], (1, 2, 3))), list(zip(['a', 'b'], (1, 2, 3))))


# Small functions and the lambda expression
def adder(x, y):
    return x + y


adder2 = lambda x, y: x+y
print(adder(1, 2), adder2(3, 4), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, z=2))
total = 0
for a, b in [(1, 'x'), (2, 'y'), (3, 'z')]:
    total += b.count('y') + a
print(total)
