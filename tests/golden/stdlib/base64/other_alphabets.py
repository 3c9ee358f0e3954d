# base32, base32hex, base16, Ascii85 and base85 encodings of the same records, with the
# options each has and the errors of bad input.
import base64

RECORDS = [b"", b"a", b"hello world", b"\x00\x00\x00\x00", b"    ", bytes(range(20))]

for r in RECORDS:
    print(base64.b32encode(r), base64.b32hexencode(r), base64.b16encode(r))
    print("  ", base64.a85encode(r), base64.b85encode(r), base64.b85encode(r, pad=True))
    assert base64.b32decode(base64.b32encode(r)) == r
    assert base64.b32hexdecode(base64.b32hexencode(r)) == r
    assert base64.b16decode(base64.b16encode(r)) == r
    assert base64.a85decode(base64.a85encode(r)) == r
    assert base64.b85decode(base64.b85encode(r)) == r

print(base64.a85encode(b"hello world", wrapcol=10, adobe=True))
print(base64.a85encode(b"    x", foldspaces=True), base64.a85encode(b"ab", pad=True))
print(base64.a85decode(b"<~BOu!rD]j7BEbo80~>", adobe=True), base64.a85decode(b"y", foldspaces=True))
print(base64.b32decode(b"nbswy3dp", casefold=True), base64.b32decode(b"NBSWY3D1", map01=b"L"))
print(base64.b16decode(b"01ab", casefold=True), base64.encodebytes(b"x" * 100))
print(base64.decodebytes(base64.encodebytes(b"y" * 60)))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: base64.b32decode(b"NBSWY3DP1"))
show(lambda: base64.b32decode(b"NBSWY3D!"))
show(lambda: base64.b32decode(b"nbswy3dp"))
show(lambda: base64.b32hexdecode(b"ZZZZZZZZ"))
show(lambda: base64.b16decode(b"01ab"))
show(lambda: base64.b16decode(b"0"))
show(lambda: base64.b85decode(b"Xk~0{Zy<MXa%^N\x7f"))
show(lambda: base64.b85decode(b"|NsC0|NsC0"))
show(lambda: base64.a85decode(b"s8W-\"s8W-\""))
show(lambda: base64.a85decode(b"uuuuu"))
show(lambda: base64.a85decode(b"<~abc"))
show(lambda: base64.a85decode(b"ab\x00"))
show(lambda: base64.encodebytes("x"))
show(lambda: base64.b32encode(5))
show(lambda: base64.b85encode("str"))
