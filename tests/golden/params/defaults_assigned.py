# Assigning __defaults__ and __kwdefaults__ (or changing the dict read from __kwdefaults__)
# changes the defaults of later calls, as in CPython.
def f(a, b=2, c=3, *args, d=4, e, **kw):
    return a, b, c, args, d, e, kw
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (20, 30)
print(f(1, e=5))
f.__defaults__ = (99,)
try:
    f(1, e=5)
except TypeError as x:
    print(x)
print(f(1, 2, e=5), f.__defaults__)
f.__defaults__ = None
print(f.__defaults__)
try:
    f(1, e=0)
except TypeError as x:
    print(x)
f.__kwdefaults__["e"] = 50
print(f(1, 2, 3), f.__kwdefaults__)
f.__kwdefaults__ = None
print(f.__kwdefaults__)
try:
    f(1, 2, 3)
except TypeError as x:
    print(x)
for bad in [[1], 5]:
    try:
        f.__defaults__ = bad
    except TypeError as x:
        print(x)
    try:
        f.__kwdefaults__ = bad
    except TypeError as x:
        print(x)
def g(x, y=1):
    return x + y
g.__defaults__ = (10,)
print(g(1), list(map(g, [1, 2])))
