# Removals leave dummies that later additions reuse, and pop() goes round the table from where
# the last pop stopped: the resulting orders are CPython's.
s = {1, 2, 3, 4, 5}
s.discard(1)
s.add(9)
print(s)
s = set()
for x in (0, 1, 2, 10, 11, 12, 13):
    s.add(x)
s.discard(10)
s.discard(12)
s.add(42)
print(s)

queue = set(range(20))
order = []
while queue:
    order.append(queue.pop())
    if len(order) % 5 == 0:
        queue.add(100 + len(order))
        queue.discard(len(order) + 1)
print(order)

s = {1, 2, 3}
s.pop()
s.clear()
s.update({1, 2, 3})
print(s.pop(), s)
a = {1, 2, 3, 4, 5, 6, 7}
print(a.pop(), a.pop())
a &= {1, 2, 3, 4, 5, 6, 7, 8}
print(a, a.pop())

active = set()
for tick in range(60):
    active.add(tick * 7 % 64)
    if tick % 3 == 0:
        active.discard(tick * 5 % 64)
    if tick % 11 == 10:
        print(tick, active.pop(), len(active))
print(active)
try:
    active.remove(-1)
except KeyError as e:
    print("KeyError", e)
empty = set()
try:
    empty.pop()
except KeyError as e:
    print("KeyError", e)
