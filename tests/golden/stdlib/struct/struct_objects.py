"""Precompiled struct.Struct objects as a sensor-sample codec uses them: format and size
attributes, pack/unpack, unpack_from with offsets, pack_into a preallocated bytearray,
iter_unpack over a packed buffer, and the module-level functions' equivalents."""
import asyncio
import struct

SAMPLE = struct.Struct("<HhfB")      # sensor id, temperature (centi-degrees), humidity, status
HEADER = struct.Struct(">4sHI")      # magic, version, sample count


async def sensor(sid, readings, delay):
    await asyncio.sleep(delay)
    return [SAMPLE.pack(sid, t, h, i % 3) for i, (t, h) in enumerate(readings)]


async def main():
    print("format:", repr(SAMPLE.format), type(SAMPLE.format).__name__, "size:", SAMPLE.size)
    print("header:", repr(HEADER.format), HEADER.size, struct.calcsize(HEADER.format))
    print("bytes format:", repr(struct.Struct(b"<i").format), struct.Struct(b"<i").size)
    print("repr type:", type(SAMPLE).__name__, isinstance(SAMPLE, struct.Struct))

    parts = await asyncio.gather(
        sensor(7, [(2150, 40.5), (2175, 41.0)], 0.003),
        sensor(9, [(-320, 88.25)], 0.001),
        sensor(3, [(1999, 50.0), (2001, 49.5), (2003, 49.0)], 0.002),
    )
    records = [r for batch in parts for r in batch]
    body = b"".join(records)
    buf = bytearray(HEADER.size + len(body))
    HEADER.pack_into(buf, 0, b"SNSR", 2, len(records))
    buf[HEADER.size:] = body
    print("buffer:", len(buf), "bytes, head", bytes(buf[:HEADER.size]).hex(" "))

    magic, version, count = HEADER.unpack_from(buf)
    print("unpack_from header:", magic, version, count)
    for i in range(count):
        sid, temp, hum, status = SAMPLE.unpack_from(buf, HEADER.size + i * SAMPLE.size)
        print(f"  #{i} sensor={sid} temp={temp / 100:.2f} hum={hum} status={status}")

    print("iter_unpack:")
    it = SAMPLE.iter_unpack(bytes(buf[HEADER.size:]))
    print("  iterator type:", type(it).__name__, "length hint:", it.__length_hint__())
    first = next(it)
    print("  first:", first, "hint now:", it.__length_hint__())
    rest = list(it)
    print("  rest:", len(rest), "last:", rest[-1])
    by_sensor = {}
    for sid, temp, hum, status in struct.iter_unpack("<HhfB", body):
        by_sensor.setdefault(sid, []).append(temp)
    print("  by sensor:", sorted((k, sum(v) / len(v)) for k, v in by_sensor.items()))

    print("pack_into at offsets:")
    ring = bytearray(12)
    pairs = struct.Struct("<hh")
    for slot, (a, b) in enumerate([(1, -1), (300, -300), (32767, -32768)]):
        pairs.pack_into(ring, slot * pairs.size, a, b)
    print(" ", ring.hex(" "))
    struct.pack_into("<I", ring, 4, 0xFFFFFFFF)
    print(" ", ring.hex(" "), [pairs.unpack_from(ring, o) for o in range(0, 12, 4)])
    pairs.pack_into(ring, -4, 5, 6)
    print("  negative offset:", ring.hex(" "))
    print("  unpack_from negative offset:", pairs.unpack_from(bytes(ring), -4),
          struct.unpack_from("<B", b"\x01\x02\x03", offset=2))
    print("  unpack_from ignores extra:", pairs.unpack_from(b"\x01\x00\x02\x00trailing"))

    print("unpack from bytearray:", SAMPLE.unpack(bytearray(records[0])))
    print("equal structs:", struct.Struct("<i") == struct.Struct("<i"), SAMPLE.pack(1, 2, 0.5, 3) == struct.pack("<HhfB", 1, 2, 0.5, 3))
    zero = struct.Struct("")
    print("empty struct:", zero.size, zero.pack(), zero.unpack(b""), list(zero.iter_unpack(b"")) if zero.size else "n/a")


asyncio.run(main())
