# Regression: next() on a generator expression, map, filter, zip, enumerate or reversed raised
# "not an iterator" (they were lists); they are iterators, as in CPython.
xs = [3, 8, 5, 10]
print(next(x for x in xs if x > 4), next((x for x in xs if x > 100), "none"))
m = map(str, xs)
print(next(m), list(m), list(m))
z = zip("ab", xs)
print(next(z), list(z))
e = enumerate(xs, 1)
print(next(e), next(e), list(e))
r = reversed(xs)
print(next(r), list(r))
f = filter(None, [0, 1, 2])
print(next(f), list(f))
g = (x * x for x in range(4))
print(sum(g), sum(g))
for name, obj in [("map", map(abs, xs)), ("zip", zip(xs)), ("enumerate", enumerate(xs)), ("filter", filter(None, xs))]:
    try:
        len(obj)
    except TypeError as err:
        print(name, type(err).__name__, err)


class Squares:
    def __iter__(self):
        return (i * i for i in range(3))


print(list(Squares()), sorted(Squares(), reverse=True))
