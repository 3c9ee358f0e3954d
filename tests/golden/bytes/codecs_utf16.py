# UTF-16 and UTF-32 in every byte order: BOMs written and honoured, surrogate pairs, and the
# errors CPython reports (with the strict, replace, ignore, backslashreplace, surrogatepass,
# surrogateescape, xmlcharrefreplace and namereplace handlers).
import asyncio

SAMPLES = ["", "hi", "caf\xe9 \u2603", "emoji \U0001f600!", "\u0100\uffff\U00010000\U0010ffff"]
ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]


def attempt(label, fn):
    try:
        result = fn()
        print(label, repr(result))
    except (UnicodeError, LookupError, TypeError) as e:
        print(label, type(e).__name__, e)
        if isinstance(e, (UnicodeEncodeError, UnicodeDecodeError)):
            print("   ", e.encoding, e.start, e.end, e.reason, repr(e.object[e.start:e.end]))


async def roundtrip(enc):
    await asyncio.sleep(0)
    for s in SAMPLES:
        b = s.encode(enc)
        back = b.decode(enc)
        print(enc, len(s), b.hex(" "), back == s, str(b, enc) == s, bytes(s, enc) == b)


async def main():
    await asyncio.gather(*(roundtrip(e) for e in ENCODINGS))
    # A BOM picks the byte order when decoding "utf-16"/"utf-32"; the fixed orders keep it.
    for data in [b"\xff\xfeA\x00", b"\xfe\xff\x00A", b"A\x00", b"\xff\xfe", bytearray(b"\xfe\xff\xd8\x3d\xde\x00")]:
        attempt("utf-16 " + data.hex(), lambda: data.decode("utf-16"))
        attempt("utf-16-le " + data.hex(), lambda: data.decode("utf-16-le"))
    for data in [b"\xff\xfe\x00\x00A\x00\x00\x00", b"\x00\x00\xfe\xff\x00\x00\x00A", b"A\x00\x00\x00"]:
        attempt("utf-32 " + data.hex(), lambda: data.decode("utf-32"))
    bad16 = [b"a\x00\x00\xdc", b"a\x00\x00\xd8", b"a\x00b", b"\x00\xd8\x00\xd8\x00\xdc", b"\x80\xdc", b"\x00\xd8a"]
    for enc in ["utf-16-le", "utf-16", "utf-16-be"]:
        for data in bad16:
            for handler in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass", "surrogateescape"]:
                attempt(f"{enc} {handler} {data.hex()}", lambda: data.decode(enc, handler))
    bad32 = [b"a\x00\x00\x00\x00\xd8\x00\x00", b"\x00\x00\x11\x00", b"a\x00\x00\x00b\x00", b"\x80\xdc\x00\x00"]
    for enc in ["utf-32-le", "utf-32-be", "utf-32"]:
        for data in bad32:
            for handler in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass", "surrogateescape"]:
                attempt(f"{enc} {handler} {data.hex()}", lambda: data.decode(enc, handler))
    for enc in ENCODINGS:
        for s in ["a\ud800b", "\udc80\udcff", "x\ud800\udc00"]:
            for handler in ["strict", "surrogatepass", "surrogateescape", "replace", "backslashreplace",
                            "xmlcharrefreplace", "namereplace", "ignore"]:
                attempt(f"{enc} {handler} {ascii(s)}", lambda: s.encode(enc, handler))
    attempt("decode xmlcharrefreplace", lambda: b"\x00\xdc".decode("utf-16-le", "xmlcharrefreplace"))
    attempt("unknown handler", lambda: b"\x00\xdc".decode("utf-16", "bogus"))
    attempt("unused handler", lambda: "ok".encode("utf-32-be", "bogus"))


asyncio.run(main())
