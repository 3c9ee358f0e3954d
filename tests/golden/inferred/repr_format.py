# Shortest round-trip repr, str and format specs of computed float locals.
import asyncio


def reprs():
    a = 0.1 + 0.7
    b = 1.0 / 3.0
    c = 2.0 ** 0.5
    d = 1e15 * 1.0
    e = d * 10.0
    f = 1e-4 * 1.0
    g = f / 10.0
    h = 123456789012345678.0 * 1.0
    i = 1.7976931348623157e308 * 1.0
    j = 5e-324 * 1.0
    k = 9.999999999999999e22 * 1.0
    m = 1e22 * 1.0
    n = 0.3 - 0.1
    p = 100.0 / 3.0
    q = 2.0 ** 52 + 0.5
    vals = [a, b, c, d, e, f, g, h, i, j, k, m, n, p, q]
    for v in vals:
        print(repr(v), str(v), f"{v}", float(repr(v)) == v, -v)
    return vals


def formats(vals):
    for v in vals[:6] + [-0.0, float("inf"), float("nan"), 1234.5, -0.000123]:
        print(f"[{v:.3f}] [{v:10.2e}] [{v:g}] [{v:.12g}] [{v:+.1f}] [{v:%}] [{v:<12}] [{v:,.2f}] [{v:_}]")
    x = 2.675
    y = 0.5
    z = 1.5
    print(f"{x:.2f} {y:.0f} {z:.0f} {2.5:.0f} {-y:.0f} {x!r} {x!s} {x:>+09.3f} {x:#.0f}")
    print("%s %r %.3f %e %g %10.4f|" % (x, x, x, x, x, x))
    print(str(1e16), str(1e-5), str(0.00001234), str(123e-20), str(1e100), str(-1.5e-7))


def gen_repr():
    v = 1.0
    for _ in range(6):
        v /= 7.0
        yield repr(v)


async def main():
    vals = reprs()
    await asyncio.sleep(0)
    formats(vals)
    print(list(gen_repr()))
    t = 0.0
    for _ in range(10):
        t += 0.1
        await asyncio.sleep(0)
    print(t, repr(t), f"{t:.20f}", t == 1.0, round(t, 12) == 1.0)


asyncio.run(main())
