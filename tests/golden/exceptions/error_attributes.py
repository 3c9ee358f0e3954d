# The attributes CPython's own errors carry: NameError.name (None for UnboundLocalError and
# for errors made by the script), AttributeError.name/.obj, __suppress_context__.
def f():
    print(x)
    x = 1
def g():
    def h():
        return y
    h()
    y = 2
for fn in [lambda: undefined_name, f, g, lambda: NameError("m"), lambda: AttributeError("q")]:
    try:
        r = fn()
        print(r.name, getattr(r, "obj", "-"))
    except NameError as e:
        print(type(e).__name__, repr(e.name))
class A: pass
for fn in [lambda: A().foo, lambda: A.bar, lambda: (1).zz, lambda: "s".qq]:
    try:
        fn()
    except AttributeError as e:
        print(repr(e.name), type(e.obj).__name__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__suppress_context__, e.__cause__, e.__context__)
try:
    raise ValueError("y")
except ValueError as e:
    print(e.__suppress_context__)
