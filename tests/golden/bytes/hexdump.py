# A classic hex dump and a few checksums over a bytes buffer.
data = bytes(range(0, 256, 7)) + b"Hello, \x00world!\n" + "héllo".encode()


def hexdump(buf: bytes, width: int = 16) -> None:
    for off in range(0, len(buf), width):
        chunk = buf[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:08x}  {hexpart:<{width * 3}} |{text}|")


def checksum8(buf: bytes) -> int:
    return sum(buf) & 0xFF


def fletcher16(buf: bytes) -> int:
    a = b = 0
    for byte in buf:
        a = (a + byte) % 255
        b = (b + a) % 255
    return b << 8 | a


def xor_all(buf) -> int:
    x = 0
    for byte in buf:
        x ^= byte
    return x


hexdump(data)
print(len(data), checksum8(data), hex(fletcher16(data)), xor_all(data))
print(data.hex()[:40], data[:6].hex(":"), data[:8].hex(" ", 4), data[:5].hex("-", -2))
print(bytes.fromhex(data[:10].hex()) == data[:10], bytearray.fromhex("de ad BE EF"))
print(max(data), min(data), sorted(set(data[:12])), data.count(0), data.find(b"world"))
