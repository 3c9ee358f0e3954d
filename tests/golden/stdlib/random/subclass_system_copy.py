# random.Random subclasses (random() alone overridden: _randbelow from random()), SystemRandom,
# copy and deepcopy through __reduce__, seeds of every kind, and the non-integer randrange
# deprecation warning, shown because __main__ calls it.
import copy
import random


class Fixed(random.Random):
    def random(self):
        return 0.5


class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


random.seed(12)
f = Fixed(1)
print(f.choice("abc"), f.randrange(10), [c.__name__ for c in type(f).__mro__])
c = Counting(7)
print(c.randrange(1000), c.choice(range(50)), c.calls)
print(random.randrange(2.0), random.randrange(0, 6.0, 2) % 2)
try:
    random.randrange(1.5)
except ValueError as e:
    print("ValueError", e)
s = random.SystemRandom()
print(0 <= s.random() < 1, s.getrandbits(3) < 8, len(s.randbytes(5)), s.seed(5))
for name in ("getstate", "setstate"):
    try:
        getattr(s, name)(None)
    except NotImplementedError as e:
        print(name, "NotImplementedError", e)
print(random.Random.__module__, random.Random.__qualname__, random.Random.VERSION)
r = random.Random(3)
r.gauss()
d = copy.deepcopy(r)
print("deepcopy:", r.random() == d.random(), r.gauss() == d.gauss(), type(d).__name__)
cc = copy.copy(Fixed(4))
print("copy of a subclass:", type(cc).__name__, cc.randrange(100))
for seed in [b"abc", bytearray(b"abc"), "abc", -5, 2**100 + 7, 0, True, 1.5, -2.25, None]:
    random.seed(seed)
    value = random.random()
    print(repr(seed)[:20], value if seed is not None else 0 <= value < 1)
random.seed("abc", version=1)
print(random.random())
random.seed(b"\xff\x00", version=1)
print(random.random())
print(random.expovariate(2), random.vonmisesvariate(1, 4), random.vonmisesvariate(1, 0) < 7)
print(random.triangular(), random.triangular(1, 1), random.triangular(0, 10, 8))
print(random.gammavariate(0.5, 2), random.gammavariate(1, 2), random.gammavariate(3, 2))
print(random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.lognormvariate(0, 1), random.normalvariate(5, 2))
