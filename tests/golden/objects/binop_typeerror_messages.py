# Tests CPython's TypeError messages for every binary operator on operands without dunders.
class X:
    pass


class Y:
    pass


ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
    ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b),
    ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
    ("@", lambda a, b: a @ b),
]
for name, f in ops:
    try:
        f(X(), Y())
    except TypeError as e:
        print(name, "|", e)
for left, right in [(X(), 1), (1, X()), ("s", X()), (X(), 2.5), ([1], X()), (None, X())]:
    try:
        left + right
    except TypeError as e:
        print(e)
try:
    pow(X(), 2)
except TypeError as e:
    print(e)
try:
    divmod(X(), 2)
except TypeError as e:
    print(e)
try:
    x = X()
    x -= 1
except TypeError as e:
    print(e)
try:
    x = X()
    x **= Y()
except TypeError as e:
    print(e)
try:
    x = X()
    x |= 3
except TypeError as e:
    print(e)
