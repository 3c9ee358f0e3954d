print(abs(-3), abs(-2.5), abs(3 + 4j))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(base=2, exp=5), pow(38, -1, mod=97))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234, -2), round(7.0))
print(min(3, 1, 2), max([4, 9, 2]), min([], default="none"), max("apple", "fig", key=len))
print(min([(1, "b"), (1, "a")]), max(range(5), key=lambda v: -v))
print(sum([1, 2, 3], 10), sum([[1], [2]], start=[]), sum(x / 10 for x in range(4)))
print(int("ff", 16), int("0b101", 0), int(" 42 "), int("1_000"), int(3.99), int(-3.99))
print(float("1e3"), float(" -inf "), float("nan") != float("nan"))
print(bin(10), oct(64), hex(255), hex(-1), bin(-5))
print(bool([]), bool([0]), bool(""), bool(0.0))
print(complex(1, 2), complex("3-4j"), complex(imag=2))
for bad in [lambda: int("abc"), lambda: int("12", 1), lambda: pow(0, -1), lambda: pow(2, 3, 0),
            lambda: min([]), lambda: max(), lambda: sum(["a", "b"], ""), lambda: float("x1"),
            lambda: round(1.5, "2"), lambda: divmod(1, 0), lambda: abs("x"), lambda: int(float("inf"))]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
