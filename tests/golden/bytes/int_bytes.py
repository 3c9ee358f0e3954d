# int.to_bytes / int.from_bytes: both byte orders, signed two's complement, defaults, range
# errors, iterables of ints, and bool.from_bytes giving a bool.
for n, length, order, signed in [(1024, 2, "big", False), (1024, 4, "little", False), (-1, 2, "big", True),
                                 (-129, 2, "little", True), (0, 0, "big", False), (255, 1, "big", False),
                                 (2**64 - 1, 8, "big", False), (-(2**63), 8, "big", True)]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, b.hex(), int.from_bytes(b, order, signed=signed))
print((5).to_bytes(), int.from_bytes(b"\x01\x00"), int.from_bytes([1, 2, 3], "little"), bool.from_bytes(b"\x00\x02"))
for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(2, "big"), lambda: (128).to_bytes(1, "big", signed=True),
          lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(2, "middle"), lambda: int.from_bytes("ab", "big"),
          lambda: (1).to_bytes(0, "big"), lambda: int.from_bytes(b"\x80", "big", signed=True)]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
