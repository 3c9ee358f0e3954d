# Seeding the module-level generator with ints (0, 1, 42, negative, huge, True) and a float,
# and that re-seeding replays the same sequence.
import random


def first(n=3):
    return [random.random() for _ in range(n)]


for s in [0, 1, 42, -42, 7, -7, 2**100, -(2**100), 2**32, 2**32 - 1, True, False, 10**40 + 3]:
    random.seed(s)
    vals = first()
    print(s, [repr(v) for v in vals])

# negative ints are seeded by their absolute value
random.seed(-12345)
a = first(5)
random.seed(12345)
b = first(5)
print("neg == abs:", a == b)

# True seeds like 1, False like 0
random.seed(True)
t = first(4)
random.seed(1)
print("True == 1:", t == first(4))
random.seed(False)
f = first(4)
random.seed(0)
print("False == 0:", f == first(4))

# float seeds (hashed)
for s in [0.5, 1.0, 3.25, -2.5, 1e100]:
    random.seed(s)
    print("float", s, repr(random.random()), random.randrange(1000))

random.seed(1.0)
x = random.random()
random.seed(1)
print("1.0 vs 1 same:", x == random.random())

# re-seeding gives the same mixed sequence
def mixed():
    return (random.random(), random.randint(1, 6), random.getrandbits(40),
            random.choice("abcdef"), random.uniform(-1, 1))

random.seed(2024)
r1 = [mixed() for _ in range(3)]
random.seed(2024)
r2 = [mixed() for _ in range(3)]
print("replay equal:", r1 == r2)
for row in r1:
    print(row)

# seed() returns None
print(random.seed(5))
