# CPython 3.11 limits int/str conversion in non power-of-two bases to 4300 digits.
tests = [
    lambda: len(str(10**4299)), lambda: str(10**4300), lambda: repr(-10**4300), lambda: f"{10**4300}",
    lambda: "%d" % 10**4300, lambda: format(10**4300, ","), lambda: format(10**4300, "d"),
    lambda: len(hex(10**5000)), lambda: len(format(10**5000, "b")), lambda: "%x" % 10**4400 != "",
    lambda: len(str(int("9" * 4300))), lambda: int("9" * 4301), lambda: int("1" * 5000, 7),
    lambda: int("1" * 5000, 16) > 0, lambda: int("9_" * 2200 + "9") > 0, lambda: [10**4300],
]
for t in tests:
    try:
        print(t())
    except ValueError as e:
        print("ValueError:", e)
print(10 ** 4300)
