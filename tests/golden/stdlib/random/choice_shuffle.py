# choice over list/str/tuple/range, shuffle of several lists (printed after each shuffle),
# and that a re-seed replays both.
import random

random.seed(31337)
items = ["apple", "banana", "cherry", "date", "elderberry"]
print([random.choice(items) for _ in range(8)])
print("".join(random.choice("abcdefghij") for _ in range(20)))
print([random.choice((1, 2.5, "three", None)) for _ in range(6)])
print([random.choice(range(100, 200, 7)) for _ in range(6)])
try:
    random.choice(range(10**20))  # len() of the range overflows
except OverflowError as e:
    print(type(e).__name__, e)
print(random.choice([42]), random.choice("z"))

deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(len(deck), sorted(deck) == sorted(r + s for s in "SHDC" for r in "A23456789TJQK"))

nums = list(range(10))
for i in range(4):
    random.shuffle(nums)
    print("shuffle", i, nums)

one = [1]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)

# shuffle returns None and works in place on any mutable sequence
mixed = ["a", 1, (2, 3), None, 4.5]
print(random.shuffle(mixed), mixed)

# independent instance, same seed -> same permutations
r1 = random.Random(8)
r2 = random.Random(8)
a = list("abcdefgh")
b = list("abcdefgh")
r1.shuffle(a)
r2.shuffle(b)
print(a, a == b)

# replay
random.seed(31337)
print([random.choice(items) for _ in range(8)])

# shuffle of a bytearray
ba = bytearray(b"shuffle me")
random.seed(5)
random.shuffle(ba)
print(ba)

# choice on an empty sequence
for seq in ([], "", (), range(0)):
    try:
        random.choice(seq)
    except IndexError as e:
        print(type(seq).__name__, type(e).__name__, e)

# shuffle of an immutable sequence
try:
    random.shuffle((1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
