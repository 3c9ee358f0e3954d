# Containers nested 100,000 deep: repr and == stop with CPython's RecursionError, and freeing
# them neither overflows the stack nor loses anything.
x = []
for i in range(100000):
    x = [x]
y = []
for i in range(100000):
    y = [y]
try:
    repr(x)
except RecursionError as e:
    print("repr:", e)
try:
    print(x == y)
except RecursionError as e:
    print("==:", e)
try:
    print(x < y)
except RecursionError as e:
    print("<:", e)
d1, d2 = {}, {}
for i in range(100000):
    d1, d2 = {1: d1}, {1: d2}
try:
    print(d1 == d2)
except RecursionError as e:
    print("dict ==:", e)
t = ()
for i in range(100000):
    t = (t, i)
del x, y, d1, d2, t
shallow = [[1, [2]], (3, {4: [5]})]
print(shallow == [[1, [2]], (3, {4: [5]})], repr(shallow))
