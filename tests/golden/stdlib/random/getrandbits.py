# getrandbits for 0, 1, 31, 32, 33, 64, 100 and 1000 bits: values, bit lengths, replay.
import random

random.seed(12345)
for k in [0, 1, 31, 32, 33, 64, 100]:
    v = random.getrandbits(k)
    print(k, v, v.bit_length() <= k)

big = random.getrandbits(1000)
print("1000 bits:", big.bit_length(), big % 10**20, hex(big)[:20])

random.seed(12345)
again = [random.getrandbits(k) for k in [0, 1, 31, 32, 33, 64, 100]]
print(again)

# a run of single bits and of bytes
random.seed(7)
print("".join(str(random.getrandbits(1)) for _ in range(64)))
print([random.getrandbits(8) for _ in range(16)])

# 32 bits at a time equals the raw output; 64 bits combine two words, low word first
random.seed(3)
w1 = random.getrandbits(32)
w2 = random.getrandbits(32)
random.seed(3)
w = random.getrandbits(64)
print(w1, w2, w, w == (w2 << 32) | w1)

# 33 bits: two words, the second shifted
random.seed(3)
print(random.getrandbits(33), random.getrandbits(33))

# a Random instance
r = random.Random(2**64 + 1)
print([r.getrandbits(k) for k in (5, 17, 48, 65, 128)])

# getrandbits and random() interleaved
random.seed(0)
print(random.getrandbits(10), repr(random.random()), random.getrandbits(70))

# errors
for k in (-1, -100):
    try:
        random.getrandbits(k)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    random.getrandbits(2.5)
except TypeError as e:
    print(type(e).__name__, e)
