# Errors of f(*x) and f(**x) name the function (module.qualname()), as CPython 3.11 does, for
# functions, methods, classes and builtins.
class A:
    def m(self, *a, **k):
        return a, k
def f(*a, **k):
    return a, k
a = A()
print(f(*[1, 2], **{"x": 3}), a.m(*"ab", **{"y": 1}), print(*[1], sep="-"))
for call in [lambda: f(*5), lambda: a.m(*5), lambda: print(*5), lambda: f(**5), lambda: a.m(**[1]),
             lambda: f(**{1: 2}), lambda: A(*5), lambda: len(*5), lambda: (lambda *x: x)(*None)]:
    try:
        call()
    except TypeError as e:
        print(e)
