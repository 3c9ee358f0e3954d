# Tests extended-slice assignment (with a step) on lists and its size-mismatch errors.
xs = list(range(10))
xs[::2] = ["a", "b", "c", "d", "e"]
print(xs)
xs[1::3] = [None] * 3
print(xs)
xs[::-1] = range(10)
print(xs)
xs[8:2:-2] = "XYZ"
print(xs)
xs[::1] = [1, 2]
print(xs)
ys = [0, 1, 2, 3, 4, 5]
ys[5:0:-2] = (50, 30, 10)
print(ys)
ys[::10] = ["only"]
print(ys)
ys[1:1:2] = []
print(ys)
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    ys[::-1] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    ys[1::2] = [1, 2, 3, 4]
except ValueError as e:
    print(type(e).__name__, e)
try:
    ys[::2] = 7
except TypeError as e:
    print(type(e).__name__, e)
try:
    ys[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(ys[::0])
except ValueError as e:
    print(type(e).__name__, e)
zs = [1, 2, 3, 4]
zs[::2] = zs[1::2]
print(zs)
zs[::-1] = zs
print(zs)
