"""A length-prefixed binary packet codec built on bytes and bytearray."""

MAGIC = b"\xabPK"
TYPES = {1: "hello", 2: "data", 3: "bye"}


class FrameError(ValueError):
    pass


def checksum(data: bytes) -> int:
    s = 0
    for i, b in enumerate(data):
        s = (s + b * (i % 7 + 1)) & 0xFFFF
    return s


def encode(kind: int, payload: bytes) -> bytes:
    frame = bytearray(MAGIC)
    frame.append(kind)
    frame += len(payload).to_bytes(2, "big")
    frame.extend(payload)
    frame += checksum(payload).to_bytes(2, "little")
    return bytes(frame)


def decode_stream(buf: bytearray):
    while buf:
        start = buf.find(MAGIC)
        if start < 0:
            print(f"  discarding {len(buf)} junk bytes: {bytes(buf)!r}")
            del buf[:]
            return
        if start:
            print(f"  skipping {start} junk bytes: {buf[:start].hex(' ')}")
            del buf[:start]
        if len(buf) < 6:
            return
        kind = buf[3]
        length = int.from_bytes(buf[4:6], "big")
        if len(buf) < 6 + length + 2:
            print(f"  partial frame, have {len(buf)} of {8 + length}")
            return
        payload = bytes(buf[6:6 + length])
        got = int.from_bytes(buf[6 + length:8 + length], "little")
        del buf[:8 + length]
        if got != checksum(payload):
            raise FrameError(f"bad checksum {got:#06x} != {checksum(payload):#06x} for {payload[:8]!r}")
        yield TYPES.get(kind, f"type{kind}"), payload


frames = [encode(1, "héllo wörld".encode()), encode(2, bytes(range(0, 40, 3))),
          encode(2, b"x" * 3), encode(3, b"")]
for f in frames:
    print(len(f), f.hex(), f[:3] == MAGIC, f[3], f[-2:])

stream = bytearray(b"noise") + b"".join(frames[:2]) + frames[2][:5]
print("stream length:", len(stream))
for kind, payload in decode_stream(stream):
    print(f"  {kind:>5}: {payload!r}")
stream += frames[2][5:] + b"\x00\x01" + frames[3]
for kind, payload in decode_stream(stream):
    text = payload.decode("utf-8", errors="replace") if kind != "data" else payload.hex(":")
    print(f"  {kind:>5}: {text!r}")

print("== bytes methods")
raw = b"  key=value; other = 42 ;flag  "
parts = [p.strip() for p in raw.split(b";")]
print(parts, [p.partition(b"=") for p in parts])
print(raw.upper(), raw.count(b"e"), raw.replace(b" ", b""), raw.strip().title())
print(b",".join([b"a", bytearray(b"b"), b"c"]), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
print(b"%s=%d (%05.1f) %x %c" % (b"k", 12, 3.14159, 255, 65), b"abc" * 2, b"ab" in b"cabd")
print(list(b"AZ"), bytes([72, 105]), b"\x00\x7f\x80\xff", bytes(3), bytearray(b"x").zfill(4))
print(b"abc"[1], b"abc"[1:], b"hello world".split(), b"a\tb".expandtabs(4), b"Hi".center(6, b"*"))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba[1:3] = b"EE"
ba.insert(0, 0x3E)
ba.reverse()
print(ba, ba.pop(), ba.decode("ascii"), ba.isalpha(), bytes(ba).isupper())
ba[::2] = b"123"
print(ba, ba.removeprefix(b"1"), ba.lstrip(b"1o"), bytes(ba) < b"2", ba == b"1o2E3")
print("==", "é€😀".encode("utf-8"), "é€".encode("utf-16-le"), "é".encode("latin-1"), len("😀".encode("utf-32")))
print("ünï".encode("ascii", errors="replace"), "ünï".encode("ascii", "xmlcharrefreplace"), "ünï".encode("ascii", "backslashreplace"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff\xfeh\x00".decode("utf-16"), b"a\xffb".decode("utf-8", "ignore"))
for bad in [lambda: b"x" + "y", lambda: bytes([256]), lambda: ba.__setitem__(0, 300), lambda: "ü".encode("ascii")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
corrupt = bytearray(encode(2, b"payload"))
corrupt[7] ^= 0x20
print(list(decode_stream(corrupt)))
