# bytes through the type machinery: annotations, isinstance, containers, match and dict keys.
from dataclasses import dataclass


@dataclass
class Packet:
    kind: bytes
    payload: bytearray
    tags: list[bytes]


def describe(v: object) -> str:
    match v:
        case b"ping":
            return "a ping"
        case bytes(b) if len(b) > 3:
            return f"long bytes {b!r}"
        case bytes():
            return "short bytes"
        case bytearray():
            return "a bytearray"
        case _:
            return "something else"


for v in [b"ping", b"hello", b"hi", bytearray(b"x"), "ping"]:
    print(describe(v), isinstance(v, bytes), isinstance(v, (bytes, bytearray)), type(v) is bytes)

p = Packet(b"DATA", bytearray(b"\x01\x02"), [b"a", b"b"])
p.payload.append(3)
print(p)
counts: dict[bytes, int] = {}
for token in b"a b a c b a".split():
    counts[token] = counts.get(token, 0) + 1
print(counts, {b"x", b"x", b"y"} == {b"y", b"x"}, b"a" in counts)
print(bytes(b"ab") is not None, bytes(bytearray(b"cd")), bytearray(b"ef"), bytes(iter([104, 105])))
print(bytes.__name__, bytearray.__name__, issubclass(bytes, object), callable(bytes.hex))
print(bytes.hex(b"\x0f"), bytearray.fromhex("41"), bytes.upper(b"up"), b"x".__len__())
