# randrange in all argument forms (stop; start, stop; start, stop, step; negative steps;
# huge ranges like 10**30) and randint, with replay.
import random

random.seed(42)
print("stop:", [random.randrange(10) for _ in range(12)])
print("stop=1:", [random.randrange(1) for _ in range(3)])
print("start,stop:", [random.randrange(5, 15) for _ in range(12)])
print("negative:", [random.randrange(-10, -3) for _ in range(10)])
print("step 3:", [random.randrange(0, 30, 3) for _ in range(10)])
print("step -2:", [random.randrange(10, 0, -2) for _ in range(10)])
print("step -5:", [random.randrange(0, -50, -5) for _ in range(10)])
print("step 7 odd bounds:", [random.randrange(1, 22, 7) for _ in range(10)])
print("keyword:", random.randrange(start=3, stop=9), random.randrange(0, 100, step=10))

print("10**30:", [random.randrange(10**30) for _ in range(3)])
print("2**64:", [random.randrange(2**64) for _ in range(3)])
print("big span:", random.randrange(-10**30, 10**30))
print("big step:", random.randrange(0, 10**40, 10**20))
print("2**1000 bits:", random.randrange(2**1000).bit_length() <= 1000)

print("randint:", [random.randint(1, 6) for _ in range(20)])
print("randint same:", random.randint(5, 5), random.randint(-3, -3))
print("randint neg:", [random.randint(-100, 100) for _ in range(8)])
print("randint big:", random.randint(10**20, 10**20 + 10**10))

# distribution sanity: all values hit for a small range
random.seed(1)
seen = sorted({random.randrange(3, 9) for _ in range(200)})
print("seen:", seen)

# replay
random.seed(42)
a = [random.randrange(10) for _ in range(12)]
print("replay:", a)

# errors
cases = [
    (0,), (-5,), (5, 5), (10, 1), (0, 10, 0), (0, 10, -1), (10, 0, 1),
]
for args in cases:
    try:
        random.randrange(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
for args in [(5, 1), (3, 2)]:
    try:
        random.randint(*args)
    except ValueError as e:
        print("randint", args, type(e).__name__, e)
for args, kw in [((None,), {}), ((10,), {"step": 2})]:
    try:
        random.randrange(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
