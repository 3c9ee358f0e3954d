# int and float methods from their catalogs: a fraction-free exact ratio, bit tricks, hex
# floats round-tripped, and the data attributes (real/imag/numerator/denominator) on bools too.
import asyncio


def describe(x):
    return f"{x!r}: ratio={x.as_integer_ratio()} conj={x.conjugate()!r} re={x.real!r} im={x.imag!r}"


async def main():
    for x in [0, 7, -12, 2**70, True, 0.1, -2.5, 1e300, 5e-324]:
        print(describe(x))
    for n in [0, 1, 255, -256, 2**64 - 1, -(2**100)]:
        print(n, n.bit_length(), n.bit_count(), n.numerator, n.denominator)
    for f in [0.0, -0.0, 1.0, 0.1, -1234.5678, 1e308, 5e-324, float("inf"), float("nan")]:
        h = f.hex()
        back = float.fromhex(h)
        print(h, back, back == f or (f != f and back != back), f.is_integer())
    for text in ["0x1.8p1", " -0X1P-1074 ", "1.8p1", "inf", "-Infinity", "nan", "0x.8", "ff"]:
        print(repr(text), float.fromhex(text))
    for bad in ["", "0x", "1p", "0x1.8q", "0x1p99999"]:
        try:
            float.fromhex(bad)
        except (ValueError, OverflowError) as e:
            print(repr(bad), type(e).__name__, e)
    for bad in [float("inf"), float("nan")]:
        try:
            bad.as_integer_ratio()
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    print(int.real, float.imag, int.bit_length, callable(float.fromhex))
    print(sorted([3.5, 1.25, 2.0], key=float.as_integer_ratio))
    print(list(map(int.bit_length, [1, 2, 3, 1024])))
    r = range(2, 20, 3)
    print(r.start, r.stop, r.step, r.index(11), r.count(11), r.count(12), r.count(11.0))
    s = slice(None, 10, 2)
    print(s.start, s.stop, s.step, s.indices(7), range.start, slice.stop)
    try:
        (5).real = 3
    except AttributeError as e:
        print(e)
    try:
        r.index(4)
    except ValueError as e:
        print(e)
    await asyncio.sleep(0)


asyncio.run(main())
