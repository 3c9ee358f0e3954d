# CPython 3.11 compile-time SyntaxWarnings ("is" with a literal, not callable, not subscriptable,
# bad constant index, a parenthesized assert), printed before the program runs.
def f(x):
    assert (1, 2)
    assert (x, 2)
    if x is -1: pass
    if x is (1, 2): pass
    if x is (x, 2): pass
    if x is not "a" is "b": pass
    y = "abc"(1)
    y = (1, 2)(3)
    y = [x](3)
    y = f"{x}"(3)
    y = (lambda: 1)()
    y = 5[0]
    y = None[0]
    y = (i for i in x)[0]
    y = {1}[0]
    y = "abc"[1.5]
    y = "abc"[True]
    y = [1, 2]["a"]
    y = (1, x)[1.5]
    y = [i for i in x][(1, 2)]
    y = b"x"[None]
    y = "abc"[x:1.5]
    y = [y for y in x if y is 3]
    x[1.5] = 3
    y = {x: 1}[1.5]
    y = f"{x}"[1.5]
    y = -5()
    y = ...[0]
    y = 1 + 2 is x
    return y
class C:
    z = "q"(1)
    def m(self, a=3(1)):
        return a is 1
