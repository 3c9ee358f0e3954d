# A text table aligned with ljust/rjust/center/zfill and expandtabs, with wide and
# non-ASCII cells; CPython's odd-width center rule.
table = [("Name", "Qty", "Note"), ("Café", "7", "naïve"), ("Straße", "12", "ß"), ("東京", "3", "")]
widths = []
for i in range(3):
    widths.append(max(len(row[i]) for row in table))
for row in table:
    print("|" + "|".join(cell.ljust(w) if i != 1 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))) + "|")
for w in range(0, 8):
    print(repr("ab".center(w, "*")), repr("abc".center(w, "·")), repr("x".center(w)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "-".zfill(3), "é".zfill(3))
print("é".ljust(3, "–") + "|", "é".rjust(3, "é") + "|", "x".ljust(-1) + "|")
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tbc\tdef\tg".expandtabs(4)))
print(repr("12345\t|\n\tx\r\ty".expandtabs(tabsize=3)), repr("a\tb".expandtabs(0)), repr("é\tx".expandtabs(2)))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".center(5, 1), lambda: "a".ljust("5"),
            lambda: "a".zfill(2.0), lambda: "a".expandtabs(tabsize=2.5), lambda: "a".rjust()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
