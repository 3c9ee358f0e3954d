# Tests list slice assignment with simple slices: growing, shrinking, inserting, from iterables.
xs = [0, 1, 2, 3, 4]
xs[1:3] = [7, 8, 9]
print(xs)
xs[1:4] = []
print(xs)
xs[0:0] = ["a", "b"]
print(xs)
xs[len(xs):] = [99]
print(xs)
xs[:] = "xyz"
print(xs)
xs[1:2] = (5, 6)
print(xs)
xs[10:20] = [1]
print(xs)
xs[-2:] = range(3)
print(xs)
xs[3:1] = ["mid"]
print(xs)
xs[:2] = {"k": 1}
print(xs)
ys = [1, 2, 3]
ys[1:1] = ys
print(ys)
ys[:] = ys[::-1]
print(ys)
alias = ys
ys[:] = []
print(alias, alias is ys)
zs = [1, 2, 3, 4]
zs[-100:2] = ["lo"]
print(zs)
zs[2:-100] = ["x"]
print(zs)
try:
    zs[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    zs[0:1] = None
except TypeError as e:
    print(type(e).__name__, e)
t = (1, 2, 3)
try:
    t[0:1] = [9]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    s[0:1] = "z"
except TypeError as e:
    print(type(e).__name__, e)
