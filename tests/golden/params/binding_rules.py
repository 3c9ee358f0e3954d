def f(a, /, b, *, c):
    return a, b, c
print(f(1, 2, c=3), f(1, b=2, c=3))
for call in (lambda: f(a=1, b=2, c=3), lambda: f(1, 2, 3), lambda: f(1, 2), lambda: f(1, 2, 3, c=4), lambda: f(1, 2, c=3, d=4), lambda: f(1, 2, 3, x=5)):
    try:
        call()
    except TypeError as e:
        print(e)
def g(*, x):
    return x
try:
    g(1)
except TypeError as e:
    print(e)
h = lambda *args, **kw: (args, kw)
print(h(1, 2, k=3), (lambda a, /, b=2: a + b)(1))
def k(a, b=2, /, c=3, *args, d, e=5, **kw): return (a, b, c, args, d, e, kw)
print(k(1, d=4), k(1, 2, 3, 4, 5, d=6, z=7), k.__defaults__, k.__kwdefaults__)
