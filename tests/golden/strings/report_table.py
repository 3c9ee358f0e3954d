rows = [("widget", 4, 3.5), ("gadget", 12, 10.0), ("thingamajig", 1, 1234.5678), ("nut", 1000, 0.015)]
header = f"{'name':<12}|{'qty':>6}|{'price':>10}|{'total':>12}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name:<12.10}|{qty:>6d}|{price:>10.2f}|{qty * price:>12,.2f}")
print("=" * len(header))
total = sum(q * p for _, q, p in rows)
print(f"{'TOTAL':>29}|{total:>12,.3f}")
print(f"{total=:.1f} {len(rows)=} {rows[0][0]!r:>10} {rows[1][0]!s:*^11}")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}}] [{'left':{'<'}{width}}] [{42:{'0'}{width}}]")
print("{0:>8}|{1:^8}|{0:<8}".format("ab", "cd"), "{name}-{n:03}".format(name="x", n=7))
print("{:+d} {: d} {:-d} {:+.1e} {:g} {:g} {:G}".format(5, 5, -5, 12345.678, 1e-5, 1234567.0, 1e20))
print("{:#x} {:#o} {:#b} {:08.3f} {:_} {:,} {:x}".format(255, 8, 5, -3.14159, 10**7, -1234567, 3054))
print("{:e} {:.0e} {:.2%} {:n} {:%}".format(0.0, 15000, 0.12345, 1234, 1))
print("{!r:>8} {!a} {:>{w}}".format("hi", "é", "r", w=4))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3 + 4j))
print("{{literal}} {}".format("x"), f"{{ {1 + 1} }}")
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 9.5, 12.345))
print("%-6s|%6s|%06.2f|%x|%X|%o|%e|%r|%c|%i" % ("a", "b", 3.14159, 255, 255, 8, 1234.5, "q", 65, 7))
print("%(name)s is %(age)03d" % {"name": "Bo", "age": 7}, "%*d|%-*d|" % (5, 42, 4, 1), "%.3s" % "abcdef")
print("%+d % d %#x %#o %5.1e %g %g" % (3, 3, 255, 8, 0.000123, 0.0001, 1e16))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "{:d}".format(1.5),
            lambda: "{0} {}".format(1, 2), lambda: "{:,s}".format("x"), lambda: "{}".format(), lambda: "%z" % 1,
            lambda: "{:=}".format("x"), lambda: format(1.5, "c"), lambda: "{:.2d}".format(3)]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
