# Codec names as CPython's registry reads them (case, punctuation, aliases), unknown and
# non-text codecs, and the utf-8 / ascii / latin-1 handlers for lone surrogates.
def attempt(label, fn):
    try:
        print(label, ascii(fn()))
    except (UnicodeError, LookupError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
        if e.__cause__ is not None:
            print("    caused by", type(e.__cause__).__name__, e.__cause__)


names = ["UTF16", "utf_16_le", "U16", "utf-16LE", "UTF 16 BE", "unicodebigunmarked", "UnicodeLittleUnmarked",
         "utf32", "U32", "utf_32le", "UTF-32-BE", "utf-8", "UTF8", "u8", "utf", "cp65001", "utf8-sig", "utf_8_sig",
         "ascii", "US-ASCII", "646", "ansi_x3.4-1968", "iso646-us", "latin-1", "Latin1", "L1", "iso8859",
         "ISO-8859-1", "iso_8859_1:1987", "cp819", "charmap", "unicode-escape", "raw-unicode-escape",
         "utf..8", "utf.8", "utf 8", "  utf-8  ", "xyz", "unicodeescape", "mbcs", "hex", "rot13", "base64",
         "zlib", "HEX_codec", "undefined", ""]
for name in names:
    attempt(f"encode {name!r}", lambda: "h\xe9".encode(name))
    attempt(f"decode {name!r}", lambda: b"h\xc3\xa9".decode(name))
attempt("encode errors=1", lambda: "x".encode("utf-8", 1))
attempt("decode encoding=None", lambda: b"x".decode(None))

lone = "a\udc80\udcffb\ud800c"
for enc in ["utf-8", "ascii", "latin-1", "U8", "646"]:
    for handler in ["strict", "surrogateescape", "surrogatepass", "backslashreplace", "namereplace",
                    "xmlcharrefreplace", "replace", "ignore", "bogus"]:
        attempt(f"{enc} {handler}", lambda: lone.encode(enc, handler))
raw = b"ok \xff\xfe \xed\xa0\x80 \xc3\xa9 \x80end"
for enc in ["utf-8", "ascii", "u8"]:
    for handler in ["surrogateescape", "surrogatepass", "replace", "namereplace"]:
        attempt(f"{enc} decode {handler}", lambda: raw.decode(enc, handler))
escaped = raw.decode("utf-8", "surrogateescape")
print(ascii(escaped), escaped.encode("utf-8", "surrogateescape") == raw)
passed = "\ud83d\ude00".encode("utf-8", "surrogatepass")
print(passed, ascii(passed.decode("utf-8", "surrogatepass")))
print("\xe9\u20ac\U0001f600\u4e00\uac05\U000f0000".encode("ascii", "namereplace"))
print("x".encode("utf-8-sig"), b"\xef\xbb\xbfx".decode("utf-8-sig"), b"x".decode("utf_8_sig"))
attempt("sig error", lambda: b"\xef\xbb\xbfab\xff".decode("utf-8-sig"))
attempt("bytes encoding=None", lambda: bytes("x", None))
attempt("str encoding=None", lambda: str(b"x", None))
attempt("encode errors=None", lambda: "x".encode(errors=None))
