# bytes comparisons, hashing, hex/fromhex edge cases, membership and indexing.
vals = [b"abc", b"ab", bytearray(b"abd"), b"", b"\xff", b"ABC", bytearray(b"ab")]
print(sorted(vals))
print(b"abc" < b"abd", b"ab" < b"abc", bytearray(b"b") > b"abc", b"" <= b"")
print(b"ab" == bytearray(b"ab"), b"ab" == "ab", b"a" != bytearray(b"a"))
print(hash(b"xyz") == hash(b"xyz"), {b"k": 1}.get(b"k"), b"k" in {b"k"})
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" < "a"
except TypeError as e:
    print("TypeError:", e)
print(bytes.fromhex(""), bytes.fromhex("  0a0B  ff "), bytearray.fromhex("deadbeef"))
for bad in ["abc", "0g", "1 2"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("fromhex", repr(bad), e)
data = bytes(range(250, 256)) + b"\x00\x01"
print(data.hex(), data.hex(":"), data.hex("-", 3), data.hex(" ", -3), data.hex("_", 1))
print(b"".hex(), b"\x0f".hex(":"))
print(98 in b"abc", b"bc" in b"abc", b"" in b"abc", b"abc"[0], b"abc"[-1], b"abc"[5:])
try:
    300 in b"abc"
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[3]
except IndexError as e:
    print("IndexError:", e)
print(bytes(3), bytes([65, 66]), bytes(b"xy"), bytes(bytearray(b"z")), bytes(iter([1, 2])))
try:
    bytes([1, 256])
except ValueError as e:
    print("ValueError:", e)
print(min(b"hello"), max(b"hello"), sorted(b"hello"), list(reversed(b"abc")))
print(b"a,b,,c".split(b","), b"  a  b  ".split(), b"abc".split(b"abc"), b"".split())
