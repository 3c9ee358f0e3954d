big = 2 ** 100
print(big, big.bit_length(), (-big).bit_length(), big // 3, big % 7, -big // 7, big >> 90, 1 << 70)
print((255).to_bytes(2, "big"), (255).to_bytes(2, byteorder="little"), int.from_bytes(b"\x01\x00", "big"), (-1).to_bytes(1, "big", signed=True))
print(int.from_bytes(b"\xff", "little", signed=True), (10).bit_count() if hasattr(int, "bit_count") else "-", (7).as_integer_ratio())
print(0.1.as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex())
print(1e16, 1e-5, 123456789012345678.0, 0.1 + 0.7, 1 / 3, 2 / 3, -0.0, 1e22, 1e21 + 1, 5e-324)
print(repr(1.0), str(100.0), 3.0 * 1.1, 1.1 * 1.1, round(1e15 + 0.3, 1), 9007199254740993.0)
print(7 // 2, -7 // 2, 7 % -2, -7 % -2, 7.5 // 2, -7.5 % 2, 2 ** -2, (-8) ** (1 / 3) if False else "skip", 0 ** 0)
print(True + True, True * 3, -True, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, -5 & 0xFF, -5 >> 1)
print(int("-0"), int("+17"), int("  0x1F  ", 16), int("z", 36), int("0o17", 0), int("0_7"), float("1_0.5"))
print(float("inf") * 0, float("inf") - float("inf") != 0, 1e308 * 10, -1e308 * 10, 2.0 ** 0.5)
print(max(1, 1.0), min(1.0, 1), 1 == 1.0 == True, 0.1 * 3 == 0.3, 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(hash(2 ** 61 - 1), hash(-1), hash(0.5), hash(float("inf")), hash(-2), hash(10 ** 20))
print(f"{2**64:,}", f"{-2**31:_x}", f"{1e100:.3g}", f"{123.456:015.4f}", f"{-0.0:+.2f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), abs(-0.0), round(-0.5), round(2.5), round(3.5), round(-1.25, 1))
print(int(1e20), int(-1.9e3), float(10 ** 20), 10 ** 20 / 3, 10 ** 30 // 10 ** 28, (10 ** 30) / (10 ** 28))
for bad in [lambda: 1 / 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 2 ** 10000 * 1.0, lambda: float(2 ** 1024),
            lambda: 1 << -1, lambda: (-8) ** 0.5 + "", lambda: int("1.5"), lambda: (256).to_bytes(1, "big"),
            lambda: 10 ** 400 / 1, lambda: math_missing]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
