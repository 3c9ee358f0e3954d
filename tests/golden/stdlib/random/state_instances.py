# getstate/setstate round trips (only summaries printed), independent Random instances,
# randbytes, and copy of a generator.
import copy
import random

random.seed(77)
state = random.getstate()
print(type(state).__name__, len(state), state[0], type(state[1]).__name__, len(state[1]),
      state[2])
a = [random.random() for _ in range(5)]
random.setstate(state)
b = [random.random() for _ in range(5)]
print("setstate replays:", a == b)

# state captured mid-stream, including the gauss cache
random.seed(5)
random.gauss()
st = random.getstate()
print("gauss cached:", st[2] is not None)
x = [random.gauss() for _ in range(3)]
random.setstate(st)
print("gauss replays:", x == [random.gauss() for _ in range(3)])

# moving state between instances
r1 = random.Random(123)
r1.random()
r2 = random.Random()
r2.setstate(r1.getstate())
print("transfer:", [r1.randint(0, 99) for _ in range(6)] == [r2.randint(0, 99) for _ in range(6)])

# independent instances do not disturb each other or the module
random.seed(9)
expected = [random.random() for _ in range(3)]
random.seed(9)
p = random.Random(1)
q = random.Random(2)
got = []
for _ in range(3):
    got.append(random.random())
    p.random()
    q.random()
print("module unaffected:", got == expected)
print("p:", [p.randrange(100) for _ in range(5)])
print("q:", [q.randrange(100) for _ in range(5)])
print("same seed:", random.Random(4).random() == random.Random(4).random())

# copy.copy of a Random gives an independent clone with the same state
c1 = random.Random(55)
c2 = copy.copy(c1)
print("copy:", c1.random() == c2.random(), type(c2).__name__)

# randbytes
random.seed(0)
print(random.randbytes(0), random.randbytes(1), random.randbytes(8))
rb = random.randbytes(33)
print(len(rb), rb.hex())
r = random.Random(0)
print("instance randbytes:", r.randbytes(1) == bytes([random.Random(0).getrandbits(8)]))

# setstate errors
for bad in [(3, (1, 2), None), (2,), "nope"]:
    try:
        random.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.randbytes(-1)
except ValueError as e:
    print(type(e).__name__, e)

# a subclass with its own random() still gets the other methods
class Fixed(random.Random):
    def random(self):
        return 0.5

f = Fixed(1)
print(f.random(), f.uniform(0, 10), f.choice("abc") in "abc")
