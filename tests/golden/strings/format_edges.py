vals = [0.0, -0.0, 1.5, -1234.5678, 1e-7, 123456789.0, float("nan"), float("-inf")]
for v in vals:
    print(f"{v!r:>12} | {v:=+12.3f} | {v:.2f} | {v:^12.3e} | {v:<10g}| {v:010.2f} | {v:,.1f}")
for n in [0, 7, -42, 255, 10 ** 12]:
    print(f"{n:=+8d}|{n:^#10x}|{n:_b}|{n:,}|{n:>+8,}|{n:08}|{n:e}|{n:.2%}|{n:c}" if 0 <= n < 0x110000 else f"{n:=+8d}|{n:^#10x}|{n:_x}|{n:,}|{n:>+8,}|{n:08}|{n:e}|{n:.2%}")
print(f"{'abc':.2}|{'abc':5.1}|{'abc':>{2 + 3}}|{'é':*^5}|{'':-<3}|{True}|{True:d}|{None!s:>6}|{3+4j:.1f}")
print("{:>{}.{}f}".format(3.14159, 9, 2), "{0:{1}}".format("x", "^5"), "{a[0]:{b}}".format(a=[12], b="04"))
print(format(1e16, "g"), format(1e16, ".17g"), format(0.1, ".20f"), format(2 ** 0.5, ".15"), format(1.0, "g"), format(100.0, ""))
print(format(12.0, "n"), format(1234.5, "#g"), format(1.0, "#.0f"), format(1e-4, "g"), format(123, ".2e"), format(9.995, ".2f"))
print(str(1e-4), str(1e-5), str(123456789012.0), str(1.23456789012345678), str(-1e300 * 10), str(1e16), str(0.30000000000000004))
print("%5s|%-5s|%.1s|%c|%c" % ("ab", "ab", "xyz", "Z", 0x263A), "%3d%%" % 50, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%x" % -255, "%#X" % 255)
print("%10.4f|%-10.2e|%+g|%G" % (3.14159265, 12345.678, 0.00001234, 1e-10), "%s %r %a" % ("é", "é", "é"), "%d" % 3.99, "%i" % True)
print("%(a)s-%(a)r-%(b)05.1f" % {"a": "x", "b": 2.25}, "%s" % [1, 2], "%s" % ((1, 2),), "%%")
print(f"{'left':<8}{'mid':^9}{'right':>8}", f"{12:#o} {12:#b} {-12:#x} {12:X}", f"{1_000_000:_d} {0.5:.0%}")
for spec in ["x<5", "08.3", "+,", "^", "#5", ".0e", " 7.2f", "=10"]:
    print(repr(format(-3.25, spec)), repr(format(42, spec)) if "." not in spec else "-")
for bad in ["%d" % 1 if False else None]:
    pass
for args in [("{:s}", 3), ("{:%}", "x"), ("{:,d}", 1.5), ("{:#s}", "x"), ("{:+s}", "x"), ("{:=s}", "x"), ("{:z}", 1), ("{!x}", 1), ("{:_,}", 1)]:
    try:
        print(args[0].format(args[1]))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
