# A comprehension runs in a frame of its own (<dictcomp>) and a class body in one named after
# the class: both show in the traceback, as in CPython.
def f(xs):
    return [int(x) for x in xs]

class A:
    data = [1, 2, 0]
    inv = {k: 10 // k for k in data}

f(["1", "z"])
