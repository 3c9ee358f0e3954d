# Seeding with str, bytes and bytearray (version 2 default, and version 1 for str),
# checking the resulting sequences and which seeds coincide.
import random


def draw():
    return [random.randrange(10**6) for _ in range(3)] + [repr(random.random())]


for s in ["", "a", "hello", "héllo wörld", "日本語", "x" * 100]:
    random.seed(s)
    print(repr(s[:12]), draw())

for s in [b"", b"a", b"hello", bytes(range(256)), bytearray(b"hello"), bytearray()]:
    random.seed(s)
    print(type(s).__name__, len(s), draw())

# str and its utf-8 bytes seed the same way; bytes and bytearray too
random.seed("hello")
a = draw()
random.seed(b"hello")
b = draw()
random.seed(bytearray(b"hello"))
c = draw()
print("str == bytes:", a == b, "bytes == bytearray:", b == c)

# version=2 explicitly equals the default
random.seed("spam", version=2)
v2 = draw()
random.seed("spam")
print("explicit version 2:", v2 == draw())

# version=1 for str uses a different algorithm
for s in ["", "spam", "eggs and ham"]:
    random.seed(s, version=1)
    print("v1", repr(s), draw())
random.seed("spam", version=1)
v1 = draw()
print("version 1 differs:", v1 != v2)

# int seeds ignore the version
random.seed(99, version=1)
i1 = draw()
random.seed(99, version=2)
print("int v1 == v2:", i1 == draw())

# Random instances with str seeds
r = random.Random("instance")
print([r.randint(1, 100) for _ in range(8)])
r.seed(b"instance")
print([r.randint(1, 100) for _ in range(8)])
