# Checksums and hex dumps of packets: hexlify with separators counted from either end,
# unhexlify's errors, crc32 (running) and crc_hqx.
import asyncio
import binascii

PACKETS = [b"", b"\x00", b"hello", bytes(range(16)), b"\xff" * 7]


async def checksum(p):
    await asyncio.sleep(0)
    crc = 0
    for i in range(0, len(p), 3):
        crc = binascii.crc32(p[i:i + 3], crc)
    return crc, binascii.crc32(p), binascii.crc_hqx(p, 0xffff)


async def main():
    results = await asyncio.gather(*(checksum(p) for p in PACKETS))
    for p, (running, whole, hqx) in zip(PACKETS, results):
        print(binascii.hexlify(p), running == whole, whole, hqx)


asyncio.run(main())

data = bytes(range(1, 8))
for sep, n in ((":", 1), ("-", 2), ("-", -2), (b" ", 3), (b"_", -3), ("|", 7), ("|", 0)):
    print(sep, n, binascii.hexlify(data, sep, n), binascii.b2a_hex(data, sep, n))
print(binascii.unhexlify("0102ff"), binascii.a2b_hex(b"ABCDEF"), binascii.unhexlify(bytearray(b"00")))
print(binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2 ** 40), binascii.crc_hqx(b"abc", -1))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: binascii.unhexlify("abc"))
show(lambda: binascii.unhexlify("zz"))
show(lambda: binascii.unhexlify("é"))
show(lambda: binascii.unhexlify(5))
show(lambda: binascii.hexlify(b"ab", "--"))
show(lambda: binascii.hexlify("ab"))
show(lambda: binascii.crc32("abc"))
show(lambda: (issubclass(binascii.Error, ValueError), binascii.Error.__mro__, binascii.Incomplete.__mro__))
