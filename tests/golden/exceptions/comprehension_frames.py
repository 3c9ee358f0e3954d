# The <listcomp>/<dictcomp>/<genexpr> frames of a failing iterator: CPython's lines and carets (the whole comprehension; a sole-argument genexpr with the call's parentheses).
def bad():
    yield 1
    raise KeyError("x")


def f():
    return [y for y in bad()]


def h():
    return sum(y for y in bad())


def k():
    g = (y * 2
         for y in bad())
    return list(g)


def m():
    return {y: 1 for y in [1] for z in bad()}


for fn in (f, h, k, m):
    try:
        fn()
    except KeyError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(fn.__name__, lines)
menu = {"寿司": 1200}
h()
