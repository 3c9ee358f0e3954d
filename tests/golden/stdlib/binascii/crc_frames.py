# A framed protocol: each frame carries base64 payload lines and a CRC checked incrementally
# as chunks arrive from a stream task; strict decoding of the lines, and binascii's
# exception classes.
import asyncio
import binascii

MESSAGE = b"The quick brown fox jumps over the lazy dog. " * 3


async def stream(queue, data, size):
    for i in range(0, len(data), size):
        await queue.put(data[i:i + size])
        await asyncio.sleep(0)
    await queue.put(b"")


async def receive(queue):
    crc, hqx, lines = 0, 0, []
    while chunk := await queue.get():
        crc = binascii.crc32(chunk, crc)
        hqx = binascii.crc_hqx(chunk, hqx)
        lines.append(binascii.b2a_base64(chunk, newline=False))
    return crc, hqx, lines


async def main():
    for size in (1, 7, 45, 200):
        queue = asyncio.Queue()
        _, (crc, hqx, lines) = await asyncio.gather(stream(queue, MESSAGE, size), receive(queue))
        back = b"".join(binascii.a2b_base64(x, strict_mode=True) for x in lines)
        print(size, len(lines), hex(crc), hex(hqx), back == MESSAGE, lines[-1][-12:])


asyncio.run(main())

print(binascii.crc32(MESSAGE), hex(binascii.crc32(b"")), binascii.crc32(b"", 12345), binascii.crc32(b"a", 0xFFFFFFFF))
print(binascii.crc32(b"123456789"), hex(binascii.crc_hqx(b"123456789", 0)), hex(binascii.crc_hqx(b"123456789", 0xFFFF)))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"), binascii.crc32(bytearray(b"x")))
print(binascii.crc_hqx(b"", 0x1234), binascii.crc_hqx(b"abc", 0x12345), binascii.crc32(b"abc", -1))
for data in (b"", b"\x00", b"\xff\xff", b"ok!", b"four"):
    print(binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False), binascii.a2b_base64(binascii.b2a_base64(data)))
print(binascii.a2b_base64(b"b2sh\n"), binascii.a2b_base64("Zm91cg=="), binascii.a2b_base64(b"Zm 91\tcg==\r\n"))
print(binascii.a2b_base64(b"Zm91cg==", strict_mode=True), binascii.a2b_base64(b"Zm91cg===", strict_mode=False))


def show(f):
    try:
        print(repr(f()))
    except binascii.Incomplete as e:
        print("Incomplete", e)
    except binascii.Error as e:
        print("Error", e)
    except Exception as e:
        print(type(e).__name__, e)


for bad in (b"=Zm91", b"Zm91cg==Zm9v", b"Zm9=1cg==", b"Zm91\ncg==", b"Zm-1", b"Zm91c", b"Zm91cg", b"Zm91cg=x"):
    show(lambda: binascii.a2b_base64(bad, strict_mode=True))
for bad in (b"Zm91c", b"Zm91cg", b"Zm91cg="):
    show(lambda: binascii.a2b_base64(bad))
show(lambda: binascii.crc32("text"))
show(lambda: binascii.crc32(b"x", "0"))
show(lambda: binascii.crc_hqx(b"x"))
show(lambda: binascii.b2a_base64(b"x", True))
show(lambda: binascii.b2a_base64("x"))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception), issubclass(binascii.Incomplete, ValueError))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(repr(binascii.Error("bad")), repr(binascii.Incomplete("more")), binascii.Incomplete("more").args)
try:
    raise binascii.Incomplete("need more data")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, binascii.Error))
