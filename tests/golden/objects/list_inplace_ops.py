# Tests list += with any iterable (set, str, tuple, range, dict) and *=, keeping identity.
xs = [1, 2]
alias = xs
xs += {5}
print(xs, xs is alias)
xs += "ab"
print(xs)
xs += (7, 8)
print(xs)
xs += range(2)
print(xs)
xs += {"k": 1, "j": 2}
print(xs)
xs += []
print(xs, xs is alias)
ys = [1, 2]
ys *= 2
print(ys)
ys *= 0
print(ys)
zs = ["x"]
zs *= -1
print(zs)
ws = [0]
ws += ws
print(ws)
ws *= 3
print(ws)
nested = [[0]] * 3
nested[0].append(1)
print(nested)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
t *= 2
print(t)
try:
    xs + "ab"
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs + (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs *= "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    t += [3]
except TypeError as e:
    print(type(e).__name__, e)
