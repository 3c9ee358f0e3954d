# int() of text in every base with prefixes and underscores; round() to tens and hundreds.
prices = [1234, 1250, 1350, -1250, -1234, 2**70 + 5]
for p in prices:
    print(p, round(p, -1), round(p, -2), round(p, 0), round(p))

for text, base in [("0x1f", 16), ("0b101", 0), ("0o17", 8), (" 12 ", 10), ("1_000", 10),
                   ("-0x_ff", 16), ("0", 0), ("00", 0), ("+7", 0), ("z", 36), ("0XAB", 0)]:
    print(repr(text), base, int(text, base))

for bad in ["010", "1__0", "_1", "0x", "12a", "1 2", ""]:
    try:
        print(int(bad, 0))
    except ValueError as ex:
        print(ex)
