# Tests deleting list slices: del xs[1:3], del xs[::2], negative steps and empty slices.
xs = list(range(10))
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
xs = list(range(10))
del xs[::-3]
print(xs)
del xs[-2:]
print(xs)
del xs[5:2]
print(xs)
del xs[100:]
print(xs)
del xs[:1]
print(xs)
alias = xs
del xs[:]
print(alias, xs is alias)
ys = list("abcdefgh")
del ys[1::3]
print(ys)
del ys[-1:0:-2]
print(ys)
del ys[0], ys[0]
print(ys)
zs = [[1, 2, 3], [4, 5, 6]]
del zs[1][::2]
print(zs)
d = {"k": [1, 2, 3, 4]}
del d["k"][1:]
print(d)
try:
    del xs[0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t = (1, 2, 3)
    del t[0:1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ys[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    del s[1:]
except TypeError as e:
    print(type(e).__name__, e)
