# Binary frames shipped as Ascii85 (PostScript-style, with <~ ~> and wrapped lines) and as
# base85 (git-style): zero and space folding, padding, and the errors of damaged frames.
import asyncio
import base64

FRAMES = [b"", b"\x00", b"\x00" * 4, b"\x00" * 9, b"    ", b"    abcd    ", b"Man is", b"\xff" * 5,
          b"Hello, World!"]


async def ship(frame, adobe):
    await asyncio.sleep(0)
    text = base64.a85encode(frame, foldspaces=True, wrapcol=12, adobe=adobe)
    return text, base64.a85decode(text, foldspaces=True, adobe=adobe) == frame


async def main():
    for adobe in (False, True):
        results = await asyncio.gather(*(ship(f, adobe) for f in FRAMES))
        for frame, (text, ok) in zip(FRAMES, results):
            print(adobe, len(frame), text, ok)


asyncio.run(main())

for f in (b"a", b"ab", b"abc", b"abcd", b"abcde"):
    print(f, base64.a85encode(f), base64.a85encode(f, pad=True), base64.b85encode(f), base64.b85encode(f, pad=True))
    assert base64.b85decode(base64.b85encode(f, pad=True)) == f + b"\x00" * (-len(f) % 4)
print(base64.a85encode(bytes(range(32)), wrapcol=20, adobe=True))
print(base64.a85encode(b"xyz", wrapcol=2, adobe=True), base64.a85encode(b"xyz", wrapcol=1, adobe=True))
print(base64.a85decode("<~87cURD]i,\"Ebo80~>", adobe=True), base64.a85decode(b"87cUR D]i,\n\"Ebo80"))
print(base64.a85decode(b"z!!!!!", foldspaces=True), base64.a85decode(b"yy", foldspaces=True))
print(base64.a85decode(b"87c\tU R", ignorechars=b"\t "), base64.a85decode(bytearray(b"zz")))
print(base64.b85encode(bytes(range(20))), base64.b85decode("cXxL#aCvlSZ*DGca%T"))
print(base64.b85decode(b"0000000000"), base64.b85encode(b"\xff\xff\xff\xff"), base64.b85decode(b"|NsC0"))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: base64.a85decode(b"<~87cURD]i~", adobe=True))
show(lambda: base64.a85decode(b"87cURD]i,\"Ebo80", adobe=True))
show(lambda: base64.a85decode(b"87cU z"))
show(lambda: base64.a85decode(b"87cU y", foldspaces=True))
show(lambda: base64.a85decode(b"y"))
show(lambda: base64.a85decode(b"s8W-#"))
show(lambda: base64.a85decode(b"87c\tUR", ignorechars=b" "))
show(lambda: base64.a85decode(b"87cv"))
show(lambda: base64.a85encode("text"))
show(lambda: base64.b85decode(b"|NsC1"))
show(lambda: base64.b85decode(b"abc d"))
show(lambda: base64.b85decode(b"{~~~~"))
show(lambda: base64.b85encode(b"x", pad=1) == base64.b85encode(b"x", pad=True))
show(lambda: base64.b85decode("é"))
