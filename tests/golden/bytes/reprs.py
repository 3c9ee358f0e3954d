# repr() of bytes and bytearray: quote choice, escapes, and how str(), print and f-strings show them.
samples = [b"", b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\\", b"\t\n\r\x0b\x0c",
           b"\x00\x7f\x80\xff", bytes(range(28, 36)), b"caf\xc3\xa9", rb"raw\n\x41", br"\d+",
           b"a" b"b" rb"\c", b"\101\102\7\08", b"line1\
continued"]
for s in samples:
    print(repr(s), len(s))
print(bytearray(b"it's"), bytearray(), bytearray(3), bytearray(b"\xff"))
print(str(b"x"), f"{b'x'}", f"{b'x'!r:>8}|", "%s %r" % (b"a", bytearray(b"b")))
print([b"a", bytearray(b"b")], (b"t",), {b"k": b"v"})
print(b"abc" == b"abc", b"abc" != bytearray(b"abc"), b"abc" < b"abd", b"ab" < b"abc",
      bytearray(b"b") > b"a", b"" <= b"", b"a" == "a")
print(bool(b""), bool(b"\x00"), bool(bytearray()), type(b"").__name__, type(bytearray()).__name__)
