"""A numeric report exercising int/float formatting, divmod, round and pow edge cases."""
import sys

values = [0, 7, -7, 255, 1234567, -98765432109, 2 ** 64 + 1]
floats = [0.0, -0.0, 0.1, 2.5, -3.5, 1 / 3, 123456.789, 1e-7, 6.02e23, -1e16, float("inf"), float("nan")]

print("== integers")
for n in values:
    print(f"{n:>22,} {n:>+12_d} {n:#x} {n:#o} {n & 0xFF:08b} {n.bit_length():3}")

print("== bases and widths")
print(f"{255:X} {255:#X} {-255:#x} {42:=+8d} {42:^8} {42:*<8} {42:08.3f}")
print("%5d|%-5d|%05d|%+d|%x|%#o|%e|%c" % (42, 42, 42, 42, 255, 8, 12345.678, 65))
print("{0:b} {0:#b} {1:_x} {2:,}".format(10, 0xDEADBEEF, -10 ** 9))

print("== floats")
for x in floats:
    print(f"{x!r:>22} {x:12.4f} {x:12.3e} {x:10g} {x:>9.2%}")

print("== general format corner cases")
for spec in ["g", ".3g", ".10g", "#g", "n", ".0f", ".0e", "+.1f", " .2f"]:
    print(f"{spec:>5}:", " ".join(format(v, spec) for v in (0.00001234, 1234.5, 1e21, 100.0)))

print("== round (banker's rounding and float representation)")
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675)])
print([round(x, 2) for x in (2.675, 1.005, 0.125, 0.375)], round(1234.5678, -2), round(-1234, -2))
print(round(15, -1), round(25, -1), round(-25, -1), type(round(2.5)), type(round(2.5, 0)))

print("== divmod / modulo with signs")
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (1, 0.3)]:
    q, r = divmod(a, b)
    print(f"divmod({a}, {b}) = ({q!r}, {r!r})  check={q * b + r!r}")
print(-7 // 2, -7 % 2, 7 // -2, int(-7 / 2), -(7 // 2))

print("== pow")
print(pow(2, 100), pow(2, -2), pow(-8, 1 / 3) if False else pow(-8, 3), 0 ** 0, 0.0 ** 0)
print(pow(3, 200, 1000), pow(3, -1, 7), pow(38, -1, 97), (-2) ** 0.5 if False else (-2) ** 3)
print(2 ** -1, (-2) ** -2, 10 ** 20 // 7, 10 ** 20 / 7)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)

print("== conversions")
print(int("  -42 "), int("ff", 16), int("0b1011", 0), int("1_000"), float(" 1e3 "), float("-inf"))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_count() if False else bin(1023).count("1"))
print((0.75).as_integer_ratio(), (2.0).is_integer(), (10).as_integer_ratio(), 3.0.hex())
print(int(1e20), int(-2.9), float(2 ** 60), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e300 * 1e10, -1e300 * 1e10)
print(sum([0.1] * 10), 1 / 3 * 3, 7 / 7, 2 ** 0.5 * 2 ** 0.5)

errors = 0
for text in ["12", "1.5", "0x10", "", "1e5", "nan"]:
    try:
        print(f"int({text!r}) =", int(text))
    except ValueError as e:
        errors += 1
        print("ValueError:", e)
print("errors:", errors)
sys.exit(errors)
