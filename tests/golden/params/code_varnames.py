# A function's __code__: co_varnames (named parameters, then *args and **kwargs, then the
# locals that are not cells), co_nlocals and co_filename, as CPython's compiler lists them.
import functools
def f(a, b=1, *args, c, d=2, **kw):
    total = a + b
    for item in args:
        total += item
    def inner():
        return total
    return inner
async def g(x, /, y):
    z = x + y
    return z
class A:
    def m(self, v):
        w = v * 2
        return w
lam = lambda p, q=3: p + q
def uses_comp(n):
    squares = [i * i for i in range(n)]
    try:
        pass
    except ValueError as err:
        pass
    with open_ctx() as handle:
        pass
    return squares
def open_ctx(): pass
for fn in (f, g, A.m, lam, uses_comp, functools.wraps(f)(lambda *a: None)):
    c = fn.__code__
    print(c.co_name, c.co_varnames, c.co_nlocals, c.co_argcount, c.co_filename.endswith("co.py"))
