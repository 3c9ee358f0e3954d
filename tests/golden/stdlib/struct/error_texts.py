"""The errors a binary-protocol codec runs into, caught and printed as type and message:
wrong argument counts, out-of-range integers per code and byte order, wrong types, bad
format strings, short and long buffers for unpack/unpack_from/iter_unpack, pack_into
overflows, and struct.error's place in the exception hierarchy."""
import asyncio
import struct

ATTEMPTS = [
    ("pack too few", lambda: struct.pack("<hh", 1)),
    ("pack too many", lambda: struct.pack("<h", 1, 2)),
    ("pack none", lambda: struct.pack("<i")),
    ("b high", lambda: struct.pack("<b", 128)),
    ("b low", lambda: struct.pack("b", -129)),
    ("B neg", lambda: struct.pack("<B", -1)),
    ("h", lambda: struct.pack(">h", 40000)),
    ("H neg", lambda: struct.pack("<H", -1)),
    ("H big", lambda: struct.pack("<H", 70000)),
    ("i", lambda: struct.pack("<i", 2**31)),
    ("I", lambda: struct.pack("<I", 2**32)),
    ("native i", lambda: struct.pack("i", 2**31)),
    ("native I", lambda: struct.pack("I", -1)),
    ("l std", lambda: struct.pack("<l", 2**31)),
    ("l native", lambda: struct.pack("l", 2**63)),
    ("q", lambda: struct.pack("<q", 2**63)),
    ("Q neg", lambda: struct.pack("<Q", -1)),
    ("Q native neg", lambda: struct.pack("Q", -1)),
    ("n", lambda: struct.pack("n", 2**63)),
    ("e overflow", lambda: struct.pack("<e", 70000.0)),
    ("f overflow", lambda: struct.pack("<f", 1e39)),
    ("int gets float", lambda: struct.pack("<i", 1.5)),
    ("int gets str", lambda: struct.pack("<i", "1")),
    ("float gets str", lambda: struct.pack("<d", "1.0")),
    ("c gets str", lambda: struct.pack("<c", "a")),
    ("c too long", lambda: struct.pack("<c", b"ab")),
    ("c bytearray", lambda: struct.pack("<c", bytearray(b"a"))),
    ("s gets str", lambda: struct.pack("<4s", "abcd")),
    ("p gets int", lambda: struct.pack("<4p", 3)),
    ("bad char", lambda: struct.calcsize("<hz")),
    ("bad char pack", lambda: struct.pack("<y", 1)),
    ("n standard", lambda: struct.calcsize("<n")),
    ("P standard", lambda: struct.calcsize("!P")),
    ("repeat no code", lambda: struct.calcsize("<3")),
    ("huge repeat", lambda: struct.calcsize("<99999999999999999999h")),
    ("prefix later", lambda: struct.calcsize("h<h")),
    ("format type", lambda: struct.calcsize(5)),
    ("unpack short", lambda: struct.unpack("<I", b"\x01\x02")),
    ("unpack long", lambda: struct.unpack("<h", b"abc")),
    ("unpack empty", lambda: struct.unpack("<q", b"")),
    ("unpack str", lambda: struct.unpack("<h", "ab")),
    ("unpack_from short", lambda: struct.unpack_from("<I", b"\x00" * 6, 4)),
    ("unpack_from past end", lambda: struct.unpack_from("<B", b"ab", 5)),
    ("unpack_from neg", lambda: struct.unpack_from("<H", b"abc", -5)),
    ("iter_unpack ragged", lambda: list(struct.iter_unpack("<h", b"abc"))),
    ("iter_unpack zero", lambda: list(struct.iter_unpack("", b""))),
    ("pack_into short", lambda: struct.pack_into("<I", bytearray(3), 0, 1)),
    ("pack_into offset", lambda: struct.pack_into("<H", bytearray(4), 3, 1)),
    ("pack_into past end", lambda: struct.pack_into("<H", bytearray(4), 9, 1)),
    ("pack_into neg", lambda: struct.pack_into("<H", bytearray(4), -9, 1)),
    ("pack_into bytes", lambda: struct.pack_into("<H", b"\x00\x00", 0, 1)),
    ("pack_into missing", lambda: struct.pack_into("<H", bytearray(4), 0)),
    ("Struct bad", lambda: struct.Struct("<q!")),
    ("Struct unpack", lambda: struct.Struct("<HH").unpack(b"\x00" * 5)),
    ("Struct pack count", lambda: struct.Struct("<HH").pack(1)),
]


async def attempt(label, f):
    await asyncio.sleep(0)
    try:
        return f"{label:22} ok {f()!r}"
    except Exception as e:
        return f"{label:22} {type(e).__name__}: {e}"


async def main():
    for line in await asyncio.gather(*(attempt(l, f) for l, f in ATTEMPTS)):
        print(line)
    print("struct.error is", struct.error.__module__ + "." + struct.error.__qualname__,
          "subclass of Exception:", issubclass(struct.error, Exception),
          "of ValueError:", issubclass(struct.error, ValueError))
    try:
        struct.unpack("<i", b"")
    except struct.error as e:
        print("caught as struct.error:", e.args)
    print("bool range is lenient:", struct.pack("<?", 10**30))


asyncio.run(main())
