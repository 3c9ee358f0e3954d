# The real-valued distributions, printed with repr so every digit shows:
# random, uniform, triangular, gauss, normalvariate, lognormvariate, expovariate, ...
import random


def show(name, f, n=3):
    print(name, [repr(f()) for _ in range(n)])


random.seed(2718)
show("random", random.random)
show("uniform(0,1)", lambda: random.uniform(0, 1))
show("uniform(10,-10)", lambda: random.uniform(10, -10))
show("uniform(5,5)", lambda: random.uniform(5, 5), 1)
show("triangular()", lambda: random.triangular())
show("triangular(0,10,2)", lambda: random.triangular(0, 10, 2))
show("triangular(1,1)", lambda: random.triangular(1, 1), 1)
show("triangular(0,10,0)", lambda: random.triangular(0, 10, 0))
show("gauss()", lambda: random.gauss())
show("gauss(100,15)", lambda: random.gauss(100, 15), 4)
show("normalvariate()", lambda: random.normalvariate())
show("normalvariate(5,2)", lambda: random.normalvariate(5, 2))
show("lognormvariate(0,1)", lambda: random.lognormvariate(0, 1))
show("expovariate(1.5)", lambda: random.expovariate(1.5))
show("expovariate(-2)", lambda: random.expovariate(-2))
show("vonmisesvariate(0,0)", lambda: random.vonmisesvariate(0, 0))
show("vonmisesvariate(1,4)", lambda: random.vonmisesvariate(1, 4))
show("vonmisesvariate(3,1e-7)", lambda: random.vonmisesvariate(3, 1e-7))
show("gammavariate(0.5,1)", lambda: random.gammavariate(0.5, 1))
show("gammavariate(1,2)", lambda: random.gammavariate(1, 2))
show("gammavariate(3,0.5)", lambda: random.gammavariate(3, 0.5))
show("betavariate(2,5)", lambda: random.betavariate(2, 5))
show("betavariate(0.5,0.5)", lambda: random.betavariate(0.5, 0.5))
show("paretovariate(3)", lambda: random.paretovariate(3))
show("weibullvariate(1,1.5)", lambda: random.weibullvariate(1, 1.5))

# gauss caches the second value of a pair; re-seeding clears the cache
random.seed(1)
g1 = [random.gauss() for _ in range(3)]
random.seed(1)
g2 = [random.gauss() for _ in range(3)]
print("gauss replay:", g1 == g2)

# a Random instance gives the same numbers as the module for the same seed
r = random.Random(2718)
random.seed(2718)
print("instance == module:", [r.gauss(0, 1) for _ in range(4)] == [random.gauss(0, 1) for _ in range(4)])

# mean of many draws (rounded, so the summary is stable)
random.seed(9)
vals = [random.expovariate(2.0) for _ in range(2000)]
print("expo mean:", round(sum(vals) / len(vals), 3))

# errors
for name, f in [
    ("gammavariate(0,1)", lambda: random.gammavariate(0, 1)),
    ("gammavariate(1,-1)", lambda: random.gammavariate(1, -1)),
    ("expovariate(0)", lambda: random.expovariate(0)),
]:
    try:
        print(name, f())
    except (ValueError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)
