# int methods: bit_length, bit_count, to_bytes/from_bytes with signed, as_integer_ratio, big ints.
for n in [0, 1, -1, 255, 256, -256, 2 ** 64, -(2 ** 100) + 1, 10 ** 30]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer() if hasattr(n, "is_integer") else "-")
print((1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True), (127).to_bytes(1, "big", signed=True))
print((2 ** 70).to_bytes(10, "big"), (0).to_bytes(0, "big"), (5).to_bytes(length=3, byteorder="little"))
for args in [(256, 1, "big", False), (-1, 2, "big", False), (128, 1, "big", True)]:
    try:
        args[0].to_bytes(args[1], args[2], signed=args[3])
    except OverflowError as e:
        print("OverflowError:", e)
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
print(int.from_bytes(bytearray(b"\x80"), "little", signed=True))
big = 3 ** 100
print(big, big % 97, big // 10 ** 40, -big // 7, len(str(big)), big.bit_length())
print(2 ** 200 - 2 ** 199 == 2 ** 199, (10 ** 25 + 1) * (10 ** 25 - 1), -(10 ** 20) % 3)
print(int("ff", 16), int("0b1011", 0), int("  -0o17 ", 0), int("1_000_000"), int("z", 36))
print(hex(-255), oct(8), bin(-5), hex(2 ** 65), format(2 ** 65, "_x"))
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    int("08", 0)
except ValueError as e:
    print("ValueError:", e)
print(pow(3, 200, 1000), pow(2, -1, 7), pow(-3, 3), pow(10, 20), (-8) ** (1 / 3) if False else abs(-8))
print(True + True, True.bit_length(), (True).to_bytes(1, "big"), int(True), -True, ~5, ~-1)
print((7).__index__(), int(3.99), int(-3.99), int(-0.5), round(2 ** 60 + 1), 10 ** 18 * 10 ** 18)
