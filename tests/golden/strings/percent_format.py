# printf-style formatting: every conversion, flags, width/precision (with *), mappings, and
# CPython's errors.
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelons", 1, 3.999)]
print("%-12s %5s %8s" % ("item", "qty", "price"))
for name, qty, price in rows:
    print("%-12s %5d %8.2f" % (name, qty, price))
print("%s|%r|%a" % ("é", "é", "é"))
print("%d %i %u %o %x %X %e %E %f %F %g %G %c %%" % (42, -7, 5, 8, 255, 255, 12345.678, 1e-10, 3.5, 2.25, 0.0001, 1e20, 65))
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d]" % (42, 42, 42, 42, 42, -42))
print("[%#o] [%#x] [%#X] [%#5x] [%#05x] [%-#6x]" % (8, 255, 255, 255, 255, 255))
print("[%.3d] [%5.3d] [%x] [%o]" % (5, -7, -255, -8))
print("[%10.4f] [%-10.2e] [%010.3f] [%.0f] [%.0f] [%#.0f]" % (3.14159, 31415.9, -3.14159, 0.5, 1.5, 2.0))
print("[%g] [%g] [%g] [%#g] [%.3g] [%.10g]" % (100000, 1000000, 1e-5, 1.0, 100000, 1 / 3))
print("[%*d] [%-*d] [%*d] [%.*f] [%*.*f]" % (5, 1, 5, 1, -5, 1, 2, 3.14159, 8, 2, 3.14159))
print("[%5.2s] [%.3s] [%10r] [%-6c] [%c]" % ("abc", "abcdef", "a", "x", 233))
print("%(x)5d|%(y)-5s|%(x)s %(x)r" % {"x": 1, "y": "z"})
print("%s and %s" % ("a", "b"), "%s" % ((1, 2),), "%s" % [1, 2], "%s" % None, "%d" % True)
print("%d %d" % (3.99, -3.99), "%s" % 10**30, "%x" % 10**20)
print("x" % (), "x" % [], "x" % {}, "%s" % {"a": 1}, "%s %(a)s" % {"a": 1})
print("%F %e %f %g" % (float("inf"), float("-inf"), float("nan"), -0.0))
print("%5s|%-5s|" % (True, None))
errors = [
    ("%s %s", (1,)), ("%s", (1, 2)), ("%d", "x"), ("%x", 1.5), ("%c", "ab"), ("%c", 0x110000),
    ("%c", 1.5), ("%(a)s", 1), ("%(a)s", {}), ("%(a", {"a": 1}), ("%y", 1), ("%", 1),
    ("%s", ()), ("%*d", ("x", 1)), ("%.*f", (2,)), ("%(a)s %s", {"a": 1}), ("%f", "x"),
    ("%i", None), ("x", 1), ("%*s", (3, "a", 4)), ("%5%", (1,)), ("%s %", 1), ("%e", 10**400),
    ("abc é %y", 1),
]
for fmt, args in errors:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)
