# int / int correctly rounded whatever the sizes (long_true_divide): huge quotients overflow
# with CPython's text, huge operands with a normal quotient work, subnormal results round.
cases = [(10 ** 400, 1), (10 ** 400, 3), (10 ** 400, 10 ** 399), (1, 10 ** 400), (2 ** 60 + 1, 3), (-(2 ** 70) - 12345, 7),
         (2 ** 53 + 1, 1), (2 ** 54 + 3, 2), (3, 2 ** 1074), (1, 2 ** 1075), (3, 2 ** 1076), (2 ** 1024 - 2 ** 970, 1),
         (2 ** 1024 - 2 ** 969, 1), (10 ** 308 * 17, 10), (-7, 2 ** 1080), (123456789123456789123456789, 987654321987654321)]
x = 1
for i in range(200):
    x = (x * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
    y = (x * 2862933555777941757 + 3037000493) % (2 ** 64)
    a = (x >> (x % 50)) * (10 ** (x % 25)) * (-1 if x % 3 == 0 else 1)
    b = (y >> (y % 60)) + 1
    cases.append((a, b * (2 ** (y % 70))))
for a, b in cases:
    try:
        print(repr(a / b))
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
x = 7
for i in range(300):
    x = (x * 6364136223846793005 + 1442695040888963407) % (2 ** 64)
    a = (x >> (x % 40)) + 1
    b = 2 ** (1000 + x % 140) + (x % 1000)
    try:
        print(repr(a / b), repr(-a / b), repr(b / a) if x % 5 else "")
    except OverflowError as e:
        print(repr(a / b), e)
