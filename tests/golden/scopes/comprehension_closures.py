# Lambdas and generator expressions inside comprehensions share the comprehension's variables
# (late binding, as CPython's cells).
t = [["ab", "c", "def"], ["g", "hijk", "l"]]
print([max(len(r[i]) for r in t) for i in range(3)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gens = [(x * k for k in range(2)) for x in range(3)]
print([list(g) for g in gens])
def outer(n):
    return [[(lambda: (i, j, n))() for j in range(2)] for i in range(2)]
print(outer(7))
print({k: sum(v * k for v in range(3)) for k in range(3)})
