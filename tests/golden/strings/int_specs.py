# Integer presentation types and flags: b/o/x/X/c/d/n with #, sign, grouping, fill and width.
for n in [0, 7, -7, 255, -255, 65, 1 << 40, -(10 ** 12)]:
    print(f"{n:b}|{n:#b}|{n:o}|{n:#o}|{n:x}|{n:#X}|{n:,d}|{n:_}|{n:+}|{n: }|{n:e}")
for n in [5, 42, -42, 1234567]:
    print(f"[{n:*^12}] [{n:>+10}] [{n:<#10x}] [{n:=+10,}] [{n:010_b}] [{n:#012o}] [{n:^#12X}]")
print(f"{65:c}{0x263A:c}{97:c}", format(10, "c"), "%c%c" % (72, "i"), repr(f"{10:c}"))
print(f"{True:d} {False:b} {True} {True:>5} {True:05} {bool(1):x}")
print(f"{12345:_x} {0xFFFFFFFF:_X} {255:_o} {1000000:_d} {2**32:,}")
for spec in ["s", ".2", ",c", "#c", "=s", "+c"]:
    try:
        print(spec, repr(format(42, spec)))
    except ValueError as e:
        print(spec, "ValueError:", e)
try:
    print(format(-1, "c"))
except (OverflowError, ValueError) as e:
    print(type(e).__name__, e)
width, prec, fill = 12, 3, "~"
for v in [3.14159, 2.0, -1e-3]:
    print(f"{v:{fill}^{width}.{prec}f}|{v:{'>' if v > 0 else '<'}{width}}|{v!s:.4}|{v!r:>{width // 2}}")
print("%d %i %5d|%-5d|%05d %+d %x %X %#x %o %#o" % (42, -3, 7, 7, -7, 7, 255, 255, 255, 8, 8))
print("%(a)s-%(b)03d" % {"a": "x", "b": 5}, "%s %r" % ("q", "q"), "%*d|%-*d|" % (5, 1, 4, 2), "%.3s" % "abcdef")
print(int.__format__(42, "08b"), (255).__format__("x"), "{:>{}}".format("r", 4), "{0:{1}{2}}".format(7, "0", 3))
