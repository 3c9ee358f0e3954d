# printf-style formatting of bytes and bytearray (PEP 461): %s/%b/%d/%x/%c/%r/%a, widths, dict keys.
rows = [(b"alpha", 1, 255), (b"be", -20, 16), (bytearray(b"c"), 300, 0)]
for name, n, h in rows:
    line = b"%-8s|%5d|%#06x|%o" % (name, n, h, abs(n))
    print(line, len(line))
print(b"%c%c%c" % (72, b"i", bytearray(b"!")), b"%b and %s" % (b"x", bytearray(b"y")))
print(b"%r %a" % ("é", "é"), b"%5.2f|%-6.1e|%g" % (3.14159, 12345.678, 0.5))
print(b"%(key)s=%(val)03d" % {b"key": b"depth", b"val": 7}, b"100%% %s" % b"done")
print(bytearray(b"[%s]") % b"ba", type(bytearray(b"%s") % b"z").__name__, b"%s" % (b"solo",))
print(b"%*d|%-*d|" % (4, 7, 3, 8), b"%.3s" % b"abcdef", b"%x %X" % (3054, 3054))
for fmt, args in [(b"%s", "text"), (b"%d", b"1"), (b"%s %s", (b"one",)), (b"%c", 256), (b"%z", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
