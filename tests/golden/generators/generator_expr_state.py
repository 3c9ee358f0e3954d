# Generator objects as iterators: partial consumption across builtins, zip/map laziness,
# any/all short-circuit, and the first-iterable-evaluated-eagerly rule of genexps.
def noisy(name, n):
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i
    print(f"  {name} exhausted")


g = noisy("a", 5)
print(any(x > 1 for x in g))
print("rest", list(g))
print(all(x < 2 for x in noisy("b", 4)))
print(list(zip(noisy("c", 3), noisy("d", 1))))
m = map(lambda x: x * 10, noisy("e", 3))
print("map made")
print(next(m), list(m))
it = iter(noisy("f", 4))
print(next(it), next(it), sum(it))
try:
    genexp = (1 / x for x in [1, 0, 2])
    print(next(genexp), next(genexp))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(genexp))
try:
    bad = (y for y in 5)
except TypeError as e:
    print("eager TypeError:", e)
lazy = (y for y in [1] for z in 5)
print("inner iterable not evaluated yet")
try:
    list(lazy)
except TypeError as e:
    print("lazy TypeError:", e)
ge = (i for i in range(3))
print(iter(ge) is ge, list(ge), list(ge), next(ge, "empty"))
print(max(noisy("g", 3)), sorted(noisy("h", 2), reverse=True), dict(enumerate(noisy("i", 2))))
print(sum(x for x in range(5) if x % 2), tuple(x for x in "ab"), "".join(c.upper() for c in "xyz"))
