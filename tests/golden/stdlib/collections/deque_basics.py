# deque mutation methods: append/appendleft/pop/popleft/extend/extendleft/rotate, maxlen
# dropping from the other end, indexing, insert, remove, count, index, reverse, copy, clear.
from collections import deque

d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft("ab")  # reversed onto the left
print(d)
d.rotate(2)
print("rotate 2:", d)
d.rotate(-3)
print("rotate -3:", d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print("rotate big:", d)
print("index:", d[0], d[-1], d[2], d.index(3), d.index(3, 1), d.count(3), d.count("zz"))
d[1] = "X"
del d[0]
print("set/del:", d)
d.insert(0, "first")
d.insert(100, "last")
d.insert(-1, "before-last")
print("insert:", d)
d.remove("X")
print("remove:", d)
d.reverse()
print("reverse:", d)
c = d.copy()
c.append("only in copy")
print("copy:", c, len(d), len(c))
d.clear()
print("clear:", d, bool(d), bool(c))

# maxlen drops items from the opposite end
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(10)
print("append:", m)
m.appendleft(-10)
print("appendleft:", m)
m.extend(range(100, 105))
print("extend:", m)
m.extendleft([7, 8])
print("extendleft:", m)
m.rotate(1)
print("rotate:", m)
z = deque([1, 2], maxlen=0)
z.append(3)
print("maxlen 0:", z, len(z), z.maxlen)
print("no maxlen:", deque([1]).maxlen)
print("copy keeps maxlen:", m.copy().maxlen, deque(m).maxlen, deque(m, 5).maxlen)

# extend with itself
s = deque([1, 2, 3])
s.extend(s)
print("self extend:", s)
s.extendleft(s)
print("self extendleft:", s)

# iteration and reversed
print(list(reversed(deque("abc"))), [x * 2 for x in deque([1, 2, 3])])
print(deque("hello", 2), deque(range(3), maxlen=None))
