# encode/decode with every common errors= handler, on str and bytes/bytearray.
raw = b"ok \xff\xfe caf\xc3\xa9 \x80end"
for handler in ["replace", "ignore", "backslashreplace"]:
    text = raw.decode("utf-8", errors=handler)
    print(handler, repr(text), len(text))
try:
    raw.decode("utf-8")
except UnicodeDecodeError as e:
    print("strict:", e.encoding, e.start, e.end, e.reason)
    print(str(e))
s = "naïve ☃ snow €5"
for enc in ["ascii", "latin-1"]:
    for handler in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        print(enc, handler, s.encode(enc, handler))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("encode fail:", e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
    print(e)
print(bytearray("grüße", "utf-8"), bytearray("grüße", "utf-8").decode("latin-1"))
print(b"\xe2\x82".decode("utf-8", "replace"), b"abc".decode("ascii", "strict"))
print(str(b"abc", "ascii"), str(bytearray(b"\xe9"), "latin-1"), str(b"\xff", "utf-8", "ignore"))
