# Error cases: each message as CPython words it, then an uncaught decode error's traceback.
def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


attempt("concat str", lambda: b"a" + "b")
attempt("concat int", lambda: bytearray(b"a") + 1)
attempt("range", lambda: bytes([1, 256]))
attempt("negative", lambda: bytes(-1))
attempt("str no encoding", lambda: bytes("abc"))
attempt("float", lambda: bytes(1.5))
attempt("index", lambda: b"abc"[3])
key = "1"
attempt("index type", lambda: b"abc"[key])
attempt("contains str", lambda: "a" in b"abc")
attempt("contains big", lambda: 300 in b"abc")
attempt("hash bytearray", lambda: hash(bytearray(b"x")))
attempt("compare", lambda: b"a" < "b")
attempt("unknown codec", lambda: "x".encode("no-such-codec"))
attempt("ascii", lambda: "naïve café".encode("ascii"))
attempt("latin-1", lambda: "€uro".encode("latin-1"))
attempt("ascii replace", lambda: "naïve".encode("ascii", "replace"))
attempt("xmlcharref", lambda: "naïve €".encode("ascii", "xmlcharrefreplace"))
attempt("backslash", lambda: "naïve €".encode("ascii", "backslashreplace"))
attempt("utf8 start", lambda: b"\xff\xfe".decode())
attempt("utf8 cont", lambda: b"ab\xe2\x28\xa1".decode("utf-8"))
attempt("utf8 end", lambda: b"ab\xe2\x82".decode("utf8"))
attempt("utf8 replace", lambda: b"a\xffb\xe2\x82".decode("utf-8", "replace"))
attempt("utf8 ignore", lambda: b"a\xffb".decode("utf-8", errors="ignore"))
attempt("bad handler", lambda: b"\xff".decode("utf-8", "bogus"))
attempt("ascii decode", lambda: b"ok\x80".decode("ascii"))
attempt("latin-1 decode", lambda: b"caf\xe9".decode("latin-1"))
attempt("fromhex", lambda: bytes.fromhex("12 3"))
attempt("setitem", lambda: bytearray(b"ab").__setitem__(0, 256))
attempt("pop", lambda: bytearray().pop())
attempt("remove", lambda: bytearray(b"abc").remove(ord("z")))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b"ok\xc3".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))


def parse(packet: bytes) -> str:
    return packet.decode("utf-8")


print(parse(b"fine"))
print(parse(b"\xc0\xaf"))
