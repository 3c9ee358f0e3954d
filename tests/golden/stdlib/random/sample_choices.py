# sample (k from 0 to n, from a range, counts=, a set is an error) and choices
# (uniform, weights, cum_weights, k), deterministic under seeding.
import random

random.seed(100)
pop = list("ABCDEFG")
for k in range(len(pop) + 1):
    print(k, random.sample(pop, k))

print("range:", random.sample(range(1000), 6))
print("big range:", random.sample(range(10**12), 3))
print("str:", random.sample("abcdefghij", 4))
print("tuple:", random.sample((10, 20, 30, 40), 2))
print("counts:", random.sample(["red", "blue"], counts=[4, 2], k=5))
print("counts all:", sorted(random.sample("xyz", 6, counts=[1, 2, 3])))
print("keyword k:", random.sample(population=range(50), k=4))

# a large sample (set-based path vs pool-based path)
s = random.sample(range(10000), 30)
print(s[:10], len(set(s)))
s2 = random.sample(range(25), 24)
print(s2)

print("choices default k:", random.choices("abc"))
print("choices k=10:", random.choices(["x", "y", "z"], k=10))
print("weights:", random.choices(["win", "lose", "draw"], weights=[10, 80, 10], k=12))
print("cum_weights:", random.choices("abcd", cum_weights=[1, 2, 30, 31], k=12))
print("float weights:", random.choices(range(5), [0.1, 0.2, 0.3, 0.2, 0.2], k=8))
print("zero weight:", random.choices("ab", weights=[0, 1], k=6))
print("k=0:", random.choices("abc", k=0))

# replay
random.seed(100)
print("replay:", random.sample(pop, 0), random.sample(pop, 1), random.sample(pop, 2))

# errors
tries = [
    ("set", lambda: random.sample({1, 2, 3}, 2)),
    ("too big", lambda: random.sample([1, 2, 3], 4)),
    ("negative k", lambda: random.sample([1, 2, 3], -1)),
    ("counts len", lambda: random.sample("ab", 1, counts=[1])),
    ("counts neg", lambda: random.sample("ab", 1, counts=[1, -5])),
    ("counts float", lambda: random.sample("ab", 1, counts=[1, 2.5])),
    ("counts total", lambda: random.sample("ab", 5, counts=[1, 2])),
    ("dict", lambda: random.sample({"a": 1}, 1)),
    ("choices both", lambda: random.choices("ab", [1, 1], cum_weights=[1, 2])),
    ("choices len", lambda: random.choices("ab", [1, 2, 3])),
    ("choices zero", lambda: random.choices("ab", [0, 0])),
    ("choices empty", lambda: random.choices([], k=2)),
    ("choices neg k", lambda: random.choices("ab", k=-1)),
]
for name, f in tries:
    try:
        print(name, f())
    except (ValueError, TypeError, IndexError) as e:
        print(name, type(e).__name__, e)
