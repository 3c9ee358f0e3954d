# A hex dump of firmware blocks read by concurrent tasks: hexlify/b2a_hex with a separator
# grouped from the left (negative) or right (positive), the reverse with unhexlify/a2b_hex,
# and the errors of malformed hex.
import asyncio
import binascii

FIRMWARE = bytes((i * 37 + 11) % 256 for i in range(40))


async def read_block(offset, size):
    await asyncio.sleep(0.001 * (offset % 3))
    return offset, FIRMWARE[offset:offset + size]


def dump_line(offset, block):
    left = binascii.hexlify(block[:8], " ").decode()
    right = binascii.b2a_hex(block[8:], " ").decode()
    text = "".join(chr(b) if 32 <= b < 127 else "." for b in block)
    return f"{offset:08x}  {left:<23}  {right:<23}  |{text}|"


async def main():
    blocks = await asyncio.gather(*(read_block(o, 16) for o in range(0, len(FIRMWARE), 16)))
    for offset, block in sorted(blocks):
        print(dump_line(offset, block))
        assert binascii.unhexlify(binascii.hexlify(block)) == block


asyncio.run(main())

word = bytes.fromhex("0123456789abcd")
for sep, n in ((":", 1), (":", 2), (":", -2), (b".", 3), (b".", -3), ("_", 4), ("_", -4),
               ("-", 6), ("-", -6), ("-", 7), ("-", 100), ("-", -100)):
    print(f"{sep!r:5} {n:4}", binascii.hexlify(word, sep, n), binascii.b2a_hex(word, sep=sep, bytes_per_sep=n))
print(binascii.hexlify(b""), binascii.hexlify(b"", ":", 2), binascii.hexlify(b"\x00"), binascii.hexlify(bytearray(b"\xde\xad")))
print(binascii.b2a_hex(b"\xab", ":"), binascii.hexlify(b"abc", bytes_per_sep=2), binascii.hexlify(b"\xca\xfe", b"+"))
print(binascii.unhexlify(b"DEADbeef"), binascii.a2b_hex("00ff7f80"), binascii.a2b_hex(""), binascii.unhexlify(bytearray(b"4142")))
print(binascii.unhexlify(binascii.hexlify(FIRMWARE)) == FIRMWARE, binascii.hexlify(FIRMWARE) == FIRMWARE.hex().encode())


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: binascii.unhexlify(b"abc"))
show(lambda: binascii.a2b_hex("0"))
show(lambda: binascii.unhexlify(b"0g"))
show(lambda: binascii.a2b_hex("de ad"))
show(lambda: binascii.unhexlify("0x11"))
show(lambda: binascii.unhexlify("de:ad"))
show(lambda: binascii.unhexlify("ÿÿ"))
show(lambda: binascii.unhexlify(1234))
show(lambda: binascii.hexlify("text"))
show(lambda: binascii.b2a_hex(None))
show(lambda: binascii.hexlify(b"ab", ""))
show(lambda: binascii.hexlify(b"ab", "::"))
show(lambda: binascii.hexlify(b"ab", 5))
show(lambda: binascii.hexlify(b"ab", ":", "2"))
print(issubclass(binascii.Error, ValueError), isinstance(binascii.Error("x"), ValueError))
