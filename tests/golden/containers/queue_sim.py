class Deque:
    def __init__(self, items=(), maxlen=None):
        self._l = list(items)
        self.maxlen = maxlen
        self._trim()

    def _trim(self):
        if self.maxlen is not None:
            del self._l[:-self.maxlen or len(self._l)]

    def append(self, x):
        self._l.append(x)
        self._trim()

    def appendleft(self, x):
        self._l.insert(0, x)
        if self.maxlen is not None and len(self._l) > self.maxlen:
            self._l.pop()

    def popleft(self):
        if not self._l:
            raise IndexError("pop from an empty deque")
        return self._l.pop(0)

    def rotate(self, n=1):
        if self._l:
            n %= len(self._l)
            self._l[:] = self._l[-n:] + self._l[:-n]

    def __len__(self):
        return len(self._l)

    def __iter__(self):
        return iter(self._l)

    def __getitem__(self, i):
        return self._l[i]

    def __repr__(self):
        return f"Deque({self._l!r}, maxlen={self.maxlen})"


q = Deque(range(5), maxlen=4)
print(q, len(q), q[0], q[-1], list(q))
q.append(9)
q.appendleft(-1)
print(q)
q.rotate(1)
print(q, q.popleft(), q)
q.rotate(-2)
print(q, 9 in q, list(reversed(q)), sorted(q), sum(q))
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[tok])
    print(f"{tok:>2} -> {stack}")
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [x for row in matrix for x in row if x % 2])
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
alias = [[0] * 3] * 2
alias[0][1] = 5
print(grid, alias)
lst = list(range(10))
lst[2:5] = ["a"]
del lst[::3]
lst[-2:] = []
print(lst, lst.index("a"), lst.count(7))
lst.extend("xy")
lst.insert(-1, "ins")
lst.remove("x")
print(lst, lst * 0, [1, 2] + [3], [[]] * 2)
t = (1, [2, 3])
t[1].append(4)
print(t, t.count(1), t.index([2, 3, 4]), (1,) * 3, tuple("ab") + (1,))
s1, s2 = {3, 1, 2}, {2, 3, 4}
print(sorted(s1 | s2), sorted(s1 & s2), sorted(s1 - s2), sorted(s1 ^ s2), s1 <= {1, 2, 3, 9}, frozenset({1}) == {1})
try:
    t[1] += [5]
except TypeError as e:
    print("TypeError:", e, t)
Deque().popleft()
