# A binary operation's carets cover its operands' parentheses (CPython's BinOp positions),
# on either side and nested; the operands' own positions leave them out.
def ratio(a, b):
    return (a + 1) / (b - b)


def nested(x):
    return ((x * 2)) // ((x - x))


for f, args in ((ratio, (1, 2)), (nested, (3,))):
    try:
        f(*args)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
values = [3, 0]
print((values[0] + 1) % (values[1] or 5), (2 ** (1 + 1)))
print(1 + (values[0] / (values[1])))
