# floor division/modulo semantics with negatives, divmod, round with ndigits, abs, pow.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (10 ** 20 + 7, -13), (-1, 10 ** 30)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, a // b == q, a % b == r, q * b + r == a)
for a, b in [(7.0, 3), (-7, 3.0), (7, -2.5), (-0.0, 1), (5.5, 0.5)]:
    print(a, b, divmod(a, b), a // b, a % b)
for bad in [(1, 0), (1.0, 0), (0, 0.0)]:
    try:
        divmod(*bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for bad in ["1 // 0", "1 % 0", "1 / 0", "0.0 ** -1"]:
    try:
        eval_like = {"1 // 0": lambda: 1 // 0, "1 % 0": lambda: 1 % 0, "1 / 0": lambda: 1 / 0,
                     "0.0 ** -1": lambda: 0.0 ** -1}[bad]
        eval_like()
    except ZeroDivisionError as e:
        print(bad, "->", e)
print(round(1234567, -3), round(-1250, -2), round(-1350, -2), round(2 ** 70 + 5, -1))
print(round(3.14159, 3), round(-3.14159, 1), round(1e20, -19), round(0.5 + 1e-16), round(-2.5))
print(abs(-7), abs(-7.5), abs(True), abs(-(2 ** 80)), -(-(2 ** 63)))
print(7 / 2, -7 / 2, 10 ** 20 / 10 ** 10, 2 ** 100 / 2 ** 99, 1 / 7)
print(pow(2, 10), pow(2, -2), pow(-2, -3), pow(4, 0.5), pow(0, 0), 0 ** 0.0, (-8) ** 2)
print(3 ** 4 ** 2 == 3 ** 16, -2 ** 2, (-2) ** 2, 2 ** -1, 10 ** -3)
try:
    pow(-8, 1 / 3)
    print("complex result", type(pow(-8, 1 / 3)).__name__)
except ValueError as e:
    print("ValueError", e)
print(int.__floordiv__(7, 2), (7).__rmod__(20), (5).__truediv__(2), (3).__pow__(2, 5))
