"""The numeric limits a numerical script consults: sys.float_info fields and repr, epsilon
and max/min used in tolerance checks, sys.int_info, sys.maxsize and its relation to list
indexes and ranges, the stable sys.hash_info constants, and sys.float_repr_style."""
import asyncio
import math
import sys

fi = sys.float_info


def close(a, b, rel=4 * fi.epsilon):
    return abs(a - b) <= rel * max(abs(a), abs(b), fi.min)


async def approx(label, a, b):
    await asyncio.sleep(0.001)
    return f"{label}: {close(a, b)}"


async def main():
    print(repr(fi))
    print("type:", type(fi).__name__, "len:", len(fi), "fields via index:", fi[0] == fi.max, fi[-1] == fi.rounds)
    print("max:", fi.max, fi.max == (2 - 2 ** -52) * 2 ** 1023, math.isinf(fi.max * 2))
    print("min:", fi.min, fi.min == 2.0 ** -1022, fi.min / 2 > 0, "subnormal min:", 5e-324, 5e-324 / 2)
    print("epsilon:", fi.epsilon, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.epsilon == 2.0 ** -52)
    print("dig/mant_dig:", fi.dig, fi.mant_dig, float(2 ** fi.mant_dig) + 1 == float(2 ** fi.mant_dig))
    print("exponents:", fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix, fi.rounds)
    print("nextafter agrees:", math.nextafter(1.0, 2.0) - 1.0 == fi.epsilon, math.ulp(1.0) == fi.epsilon)
    print("repr style:", sys.float_repr_style, repr(0.1), repr(1 / 3))
    try:
        fi.max = 1.0
    except AttributeError as e:
        print("AttributeError:", e)
    for line in await asyncio.gather(approx("0.1+0.2 vs 0.3", 0.1 + 0.2, 0.3),
                                     approx("1e16+1 vs 1e16", 1e16 + 1, 1e16),
                                     approx("1.0 vs 1.001", 1.0, 1.001),
                                     approx("tiny", fi.min, fi.min * (1 + fi.epsilon))):
        print(" ", line)

    ii = sys.int_info
    print(repr(ii))
    print("int_info:", ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, ii.str_digits_check_threshold)

    print("-- maxsize")
    print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__, sys.maxsize > 2 ** 32)
    print("bits:", sys.maxsize.bit_length() + 1, "64-bit:", sys.maxsize > 2 ** 32)
    print("range len:", len(range(sys.maxsize)), range(sys.maxsize)[-1] == sys.maxsize - 1)
    try:
        len(range(sys.maxsize + 1))
    except OverflowError as e:
        print("OverflowError:", e)
    print("slice clamp:", [1, 2, 3][:sys.maxsize], "abc"[-sys.maxsize:], "abcdef"[1:sys.maxsize:2])
    print("sentinel use:", min([5, 3, 9], default=sys.maxsize), min([], default=sys.maxsize) == sys.maxsize)
    try:
        [0] * (sys.maxsize + 1)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        "x".center(sys.maxsize + 1)
    except OverflowError as e:
        print("OverflowError:", e)

    print("-- hash constants")
    hi = sys.hash_info
    print(hi.width, hi.modulus, hi.modulus == 2 ** 61 - 1, hi.inf, hi.nan, hi.imag)
    print("hash(inf):", hash(math.inf) == hi.inf, hash(-math.inf) == -hi.inf,
          "hash(modulus):", hash(hi.modulus), hash(hi.modulus + 5), hash(-1), hash(-2))
    print("int/float agree:", hash(2 ** 70) == hash(float(2 ** 70)), hash(1.5) == hash(3 / 2), hash(1j) == hi.imag)
    print("byteorder:", sys.byteorder, (1).to_bytes(2, sys.byteorder), int.from_bytes(b"\x01\x00", sys.byteorder))


asyncio.run(main())
