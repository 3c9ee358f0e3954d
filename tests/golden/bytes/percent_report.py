# A small binary protocol report built with bytes % formatting: fixed-width columns, hex dumps,
# float timings, and a bytearray buffer formatted in place.
import asyncio

RECORDS = [
    (b"GET", b"/index.html", 200, 5120, 0.0123),
    (b"POST", b"/api/v1/items", 201, 87, 0.25),
    (b"DELETE", b"/api/v1/items/42", 404, 0, 1.5),
    (b"PUT", bytearray(b"/upload"), 500, 1048576, 12.75),
]


async def render(method, path, status, size, secs):
    await asyncio.sleep(0)
    line = b"%-7s %-18s %3d %8d %#010x %7.3fs %+.2e" % (method, path, status, size, size, secs, secs)
    return line


async def main():
    lines = await asyncio.gather(*(render(*r) for r in RECORDS))
    for line in lines:
        print(line, len(line))
    header = b"%(count)03d records, %(total)d bytes, %(pct).1f%% ok" % {
        b"count": len(RECORDS), b"total": sum(r[3] for r in RECORDS), b"pct": 50.0}
    print(header)
    buf = bytearray(b"[%c%c%c] %s")
    out = buf % (0x41, b"B", bytearray(b"C"), b"tail")
    print(out, type(out).__name__, buf)
    frame = b"\x02%b\x03%c" % (b"payload", 0xFF)
    print(frame, frame.hex(" "))
    for value in (0, 1, -1, 255, 65535, 2**40, -(2**70)):
        print(b"%d|%i|%u|%o|%x|%X|%#o|%#x|%#X" % ((value,) * 9))
    for value in (0.0, -0.0, 1.5, -2.25, 1e-7, 123456789.0, 1e22, float("inf"), float("-inf"), float("nan")):
        print(b"%e|%E|%f|%F|%g|%G|%.0f|%#.0e|%10.3g|%-10.2f|%+f|% f" % ((value,) * 12))
    print(b"%5s|%-5s|%.1s|%5.2s|" % (b"ab", b"ab", b"ab", b"abc"), b"%r %a %r" % (1.5, "\u20ac", None))
    print(b"%s" % b"%s", b"%%s" % (), b"%(a)s%(a)s" % {b"a": b"x"}, b"%c" % 0, b"%5c|%-5c|" % (97, 98))


asyncio.run(main())
