# float ** overflow raises OverflowError(34, 'Numerical result out of range'): two args
# (errno ERANGE and its message), not one string.
try:
    print(2.0 ** 5000)
except OverflowError as e:
    print(repr(e), e.args, str(e))
for f in (lambda: pow(2.0, 5000), lambda: 10.0 ** 400, lambda: (-3.5) ** 1001):
    try:
        f()
    except OverflowError as e:
        print(e.args, e.errno if hasattr(e, "errno") else "-")
x = 2.0
try:
    x **= 5000
except OverflowError as e:
    print(repr(e))
