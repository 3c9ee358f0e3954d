# float methods and repr: hex/fromhex, as_integer_ratio, is_integer, round half-even, specials.
for x in [0.1, 0.5, -2.75, 1e-310, 1e300 * 10, 3.0, 1 / 3, 2.5e-5, 123456789012345678.0]:
    print(repr(x), str(x), x.hex(), x.is_integer())
for x in [0.1, -0.75, 1e16, 2 ** -3]:
    print(x.as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex("-0X.8"), float.fromhex("0x1p-1074"), float.fromhex("inf"))
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print([round(v) for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675]])
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(-1234.5, -2), round(5, -1), round(15, -1))
print(round(0.125, 2), round(0.375, 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(float("1e500"), float("-inf"), float("nan") == float("nan"), float(" 12.5 "), float("1_0.5"))
print(1e16, 1e15, 123456789.0 * 1000, 0.1 + 0.2, 1 / 3 * 3, 2 ** 0.5, 1e-5, 0.0001)
print(-0.0, 0.0 == -0.0, repr(-0.0 * 1), abs(-0.0), 5e-324, 5e-324 / 2, 1.7976931348623157e308)
print(float(2 ** 53 + 1), int(1e20), int(float(2 ** 63)), 7.0 // 2, -7.0 // 2, 7.5 % -2, -7.5 % 2)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(sum([0.1] * 10), max(1, 1.0), min(-0.0, 0.0), 3 * 0.1 == 0.3, 1.0 * 10 ** 22)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1e308, 1e-308)[1] < 1)
