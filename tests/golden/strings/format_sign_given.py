# An explicit '-' sign is a sign: refused where CPython refuses a sign.
for value, spec in [("a", "-s"), ("a", "+"), (65, "-c"), (65, " c"), (65, "c"), (7, "-d"), (2.5, "-f")]:
    try:
        print(repr(format(value, spec)))
    except ValueError as e:
        print("ValueError:", e)
