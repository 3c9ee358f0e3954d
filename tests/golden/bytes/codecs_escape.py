# unicode_escape and raw_unicode_escape: encoding every kind of character, decoding escapes
# (\N{...} names included) and CPython's errors and warnings for bad ones.
def attempt(label, fn):
    try:
        print(label, ascii(fn()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(label, type(e).__name__, e)
        if isinstance(e, UnicodeDecodeError):
            print("   ", e.encoding, e.start, e.end, e.reason)


text = "a\\b\t\n\r\x00\x1f\x7f\x80\xff\u0100\uffff\U0001f600'\"\ud800 end"
for enc in ["unicode_escape", "raw_unicode_escape", "Unicode-Escape", "RAW_UNICODE_ESCAPE"]:
    b = text.encode(enc)
    print(enc, b, b.decode(enc) == text)

good = [b"plain", b"\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\0\\101\\1234", b"line\\\ncontinued", b"\\x41\\u00e9\\U0001f600",
        b"\xe9 latin", b"\\N{SNOWMAN} \\N{latin small letter a} \\N{EURO SIGN}", b"\\N{LINE FEED}\\N{null}\\N{ESC}",
        b"\\N{HANGUL SYLLABLE GANJ} \\N{CJK UNIFIED IDEOGRAPH-4E00} \\N{BYTE ORDER MARK}"]
for data in good:
    attempt("unicode_escape", lambda: data.decode("unicode_escape"))
bad = [b"a\\x4", b"a\\x4g", b"\\u12", b"\\U0011ffff", b"\\U00110000x", b"\\N{NOPE}", b"\\N{", b"\\Nx", b"\\N{}",
       b"abc\\", b"\\N{hangul syllable ga}", b"\\N{CJK UNIFIED IDEOGRAPH-4e00}"]
for data in bad:
    for handler in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        attempt(f"{handler} {data}", lambda: data.decode("unicode_escape", handler))
for data in [b"\\u12", b"\\\\u1234", b"\\\\\\u1234", b"\\\\\\u12", b"\\U00110000", b"\\x41\\u0041\xe9", b"\\", b"a\\"]:
    for handler in ["strict", "replace", "backslashreplace"]:
        attempt(f"raw {handler} {data}", lambda: data.decode("raw_unicode_escape", handler))
print(str(b"\\u00e9t\\u00e9", "unicode_escape"), bytes("\u00e9t\u00e9", "unicode_escape"))
attempt("bogus handler", lambda: b"\\N".decode("unicode_escape", "bogus"))

# Invalid escapes decode as themselves, with one DeprecationWarning per call site.
for data in [b"a\\qb\\y", b"\\777 \\z"]:
    print(ascii(data.decode("unicode_escape")))
print(ascii(b"\\\xe9".decode("unicode_escape")))
