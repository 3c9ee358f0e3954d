"""The same values packed under each byte-order prefix (<, >, !, =, @ and none), showing
which ones align fields and pad, what calcsize reports, and how trailing alignment with a
zero-count code ('0q') works; plus a network header built with '!' in a few tasks."""
import asyncio
import struct

FORMATS = ["bhi", "bqh", "hbq", "ci", "?d", "3sI", "ib0q", "b0i", "qb", "xhx", "2h3b"]
PREFIXES = ["@", "", "=", "<", ">", "!"]


def hexed(b):
    return b.hex(" ") if b else "-"


async def header(seq, flags, payload):
    await asyncio.sleep(0.001 * (3 - seq))
    # version:4 bits + ihl:4 bits in one byte, then flags, length, sequence number
    return struct.pack("!BBHI", (1 << 4) | 5, flags, len(payload), seq) + payload


async def main():
    print("calcsize per prefix:")
    print("  fmt    " + " ".join(f"{p or 'none':>4}" for p in PREFIXES))
    for fmt in FORMATS:
        print(f"  {fmt:6} " + " ".join(f"{struct.calcsize(p + fmt):4}" for p in PREFIXES))

    print("bhi packed:")
    for p in PREFIXES:
        data = struct.pack(p + "bhi", -2, 0x1234, 0x01020304)
        print(f"  {p or 'none':4} {hexed(data)}")
        assert struct.unpack(p + "bhi", data) == (-2, 0x1234, 0x01020304)

    print("ints by order:")
    for p in "<>!=":
        print(f"  {p} H={hexed(struct.pack(p + 'H', 0xABCD))} I={hexed(struct.pack(p + 'I', 0xDEADBEEF))}"
              f" q={hexed(struct.pack(p + 'q', -2))}")
    print("network == big:", struct.pack("!Q", 2**40 + 5) == struct.pack(">Q", 2**40 + 5))
    print("same bytes, two readings:", struct.unpack("<I", b"\x01\x00\x00\x00"),
          struct.unpack(">I", b"\x01\x00\x00\x00"))

    print("alignment padding with @:")
    for fmt, vals in [("@ci", (b"Z", 7)), ("@cq", (b"Z", 7)), ("@ic", (7, b"Z")), ("@ic0i", (7, b"Z")),
                      ("@hd", (7, 0.5)), ("@bhbq", (1, 2, 3, 4)), ("=bhbq", (1, 2, 3, 4))]:
        raw = struct.pack(fmt, *vals)
        print(f"  {fmt:7} size={len(raw):2} {hexed(raw)}")
    print("spaces ignored:", struct.calcsize("< h h i"), struct.pack("> H  2s", 1, b"ok"))
    print("repeat counts:", struct.calcsize("<4h"), struct.calcsize("<hhhh"), struct.calcsize("<10x"),
          struct.unpack("<3B", b"\x01\x02\x03"))
    print("empty format:", struct.calcsize(""), struct.pack(""), struct.unpack("", b""))

    print("network frames:")
    frames = await asyncio.gather(*(header(i, 0x80 >> i, b"x" * i) for i in range(4)))
    stream = b"".join(frames)
    pos = 0
    while pos < len(stream):
        vi, flags, length, seq = struct.unpack_from("!BBHI", stream, pos)
        pos += struct.calcsize("!BBHI")
        body = stream[pos:pos + length]
        pos += length
        print(f"  v{vi >> 4} ihl={vi & 15} flags={flags:08b} len={length} seq={seq} body={body!r}")


asyncio.run(main())
