values = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e-10, 123.456, -987.654321]
print(f"{'value':>12} {'round()':>8} {'r1':>8} {'r2':>8} {'.0f':>6} {'.2f':>8} {'int':>5} {'//1':>6}")
for v in values:
    print(f"{v!r:>12} {round(v)!r:>8} {round(v, 1)!r:>8} {round(v, 2)!r:>8} {v:6.0f} {v:8.2f} {int(v):5d} {v // 1!r:>6}")
ints = [15, 25, 35, -25, 1234567, -5]
print([round(i, -1) for i in ints], [round(i, -2) for i in ints], [round(i, 0) for i in ints], [type(round(i, 1)).__name__ for i in ints[:1]])
print(round(5e-324, 400), round(0.1 + 0.2, 15), round(2.5e-5, 5))
print([x / 8 for x in range(-3, 4)], [divmod(x, 3) for x in (-4, -3, 4)], [divmod(x, -3.0) for x in (4, -4)])
print(7 / 7, 2 ** 0.5 * 2 ** 0.5, 1 - 0.9, 3 * 0.1, 0.1 ** 2, 1e300 * 1e-300, 4.35 * 100, 1.1 + 2.2)
print(sum([1e20, 1, -1e20]), 1e20 + 1 - 1e20, float(2 ** 63), int(2.0 ** 63), -(2 ** 63) // 7, 2 ** 64 % 1000)
print(abs(-2 ** 63), (-2) ** 63, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 10 ** -2, (-1) ** 0.5 if False else "c")
acc = 0.0
for i in range(10):
    acc += 0.1
print(acc, acc == 1.0, round(acc, 10) == 1.0, f"{acc:.17f}", f"{acc:.3}", str(acc)[:5])
print(int("12345678901234567890") * 3, 12345678901234567890 // 987654321, 12345678901234567890 % 987654321, -12345678901234567890 // 987654321)
print(0.1 + 0.2 > 0.3, (0.1).__round__(0) if hasattr(0.1, "__round__") else "-", float("1.") + float(".5"), float("-0"), 1.0 / 3 * 3)
for bad in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1.5, None) + "", lambda: int("1e5"),
            lambda: 10 // 0.0, lambda: 2.0 ** 10000, lambda: (-1.0) ** 0.5 + 0]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
