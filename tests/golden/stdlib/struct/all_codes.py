"""Every common format code round-tripped in standard ('<') sizes and, for n/N/P, native
mode: x c b B ? h H i I l L q Q n N e f d s p P, with edge values, float rounding through
'e' and 'f', 's' padding/truncation, Pascal strings 'p', and what '?' accepts."""
import asyncio
import struct

CASES = [
    ("c", [b"A", b"\x00", b"\xff"]),
    ("b", [-128, -1, 0, 127]),
    ("B", [0, 1, 200, 255]),
    ("?", [True, False, 0, 2, "", "x", None, [0]]),
    ("h", [-32768, -1, 32767]),
    ("H", [0, 65535]),
    ("i", [-2**31, 2**31 - 1]),
    ("I", [0, 2**32 - 1]),
    ("l", [-2**31, 123456]),
    ("L", [2**32 - 1]),
    ("q", [-2**63, 2**63 - 1]),
    ("Q", [0, 2**64 - 1]),
    ("e", [1.0, -2.5, 65504.0, 0.1, 1e-7, float("inf")]),
    ("f", [1.0, 0.1, 3.141592653589793, -0.0, 1e38, float("-inf")]),
    ("d", [0.1, 1e308, -5e-324, float("inf")]),
]


async def roundtrip(code, values):
    await asyncio.sleep(0)
    fmt = "<" + code
    out = []
    for v in values:
        raw = struct.pack(fmt, v)
        (back,) = struct.unpack(fmt, raw)
        out.append(f"{v!r}->{raw.hex()}->{back!r}")
    return f"{code} size={struct.calcsize(fmt)}: " + "  ".join(out)


async def main():
    for line in await asyncio.gather(*(roundtrip(c, vs) for c, vs in CASES)):
        print(line)

    print("-- x pads, s and p strings")
    print(struct.pack("<bxxb", 1, 2), struct.unpack("<bxxb", b"\x01\xaa\xbb\x02"))
    for n, value in [(5, b"hi"), (5, b"hello"), (5, b"hello world"), (0, b"abc"), (1, b"")]:
        raw = struct.pack(f"<{n}s", value)
        print(f"  {n}s {value!r}: {raw!r} -> {struct.unpack(f'<{n}s', raw)}")
    print("  s is one string, not a repeat:", struct.unpack("<3s", b"abc"), struct.unpack("<3c", b"abc"))
    print("  bytearray ok for s:", struct.pack("<4s", bytearray(b"xy")))
    for n, value in [(5, b"hi"), (5, b"hello"), (3, b"toolong"), (1, b"abc"), (300, b"y" * 299)]:
        raw = struct.pack(f"<{n}p", value)
        head = raw if len(raw) < 10 else raw[:4] + b"..."
        print(f"  {n}p {value[:8]!r}: len={len(raw)} {head!r} -> {struct.unpack(f'<{n}p', raw)[0][:8]!r}")
    print("  p length byte lies:", struct.unpack("<4p", b"\x09abc"))

    print("-- bool and char details")
    print(struct.unpack("<4?", b"\x00\x01\x02\xff"))
    print(struct.pack("<2c", b"z", b"\n"), struct.unpack("<cc", b"\x00\x7f"))

    print("-- native-only codes")
    for code in "nNP":
        print(f"  {code} size={struct.calcsize(code)}")
    print("  n:", struct.unpack("n", struct.pack("n", -12345)), struct.unpack("N", struct.pack("N", 2**63)))
    print("  P:", struct.unpack("P", struct.pack("P", 0x1000)), struct.pack("P", 0) == bytes(struct.calcsize("P")))
    print("  native ints:", [struct.calcsize(c) for c in "bhilqBHILQ"], struct.calcsize("@l") == struct.calcsize("@q"))
    print("  standard ints:", [struct.calcsize("=" + c) for c in "bhilqBHILQ"])
    print("  floats:", [struct.calcsize("<" + c) for c in "efd"], [struct.calcsize(c) for c in "efd?"])

    print("-- float rounding")
    print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.unpack("<e", struct.pack("<e", 0.1))[0])
    print(struct.unpack("<e", struct.pack("<e", 1e-8))[0], struct.unpack("<e", struct.pack("<e", 2049))[0])
    nan = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
    print("nan survives:", nan != nan, struct.pack(">d", 1.5).hex(), struct.pack(">f", 1.5).hex(),
          struct.pack(">e", 1.5).hex())
    print("ints accepted for floats:", struct.unpack("<d", struct.pack("<d", 3)), struct.pack("<f", True).hex())
    print("index objects:", struct.pack("<h", True), struct.pack("<B", False))


asyncio.run(main())
