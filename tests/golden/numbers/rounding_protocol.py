# int and float have the rounding protocol's methods (__round__, __floor__, __ceil__, __trunc__).
print(hasattr(0.1, "__round__"), hasattr(1, "__round__"), (2.5).__round__(), (2.675).__round__(2), (7).__round__(-1))
print((3.7).__floor__(), (-3.2).__ceil__(), (-3.7).__trunc__(), (5).__floor__(), True.__ceil__(), type(True.__trunc__()).__name__)
for f in [(float("inf")).__floor__, (float("nan")).__trunc__, lambda: (1.5).__round__(1, 2)]:
    try:
        print(f())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for f in [(1).__round__, (1.5).__round__]:
    try:
        f(ndigits=1)
    except TypeError as e:
        print(e)
