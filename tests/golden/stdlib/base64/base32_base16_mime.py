# Serial numbers in base32 (typed by people: lower case, 0/1 confused with O/L/I), base32hex
# keys that sort like their bytes, base16 fingerprints, and MIME bodies wrapped at 76 columns.
import asyncio
import base64

SERIALS = [b"", b"k", b"ke", b"key", b"key!", b"key!?", b"\x00\xff\x10\x80\x7f\x01"]


async def typed_back(serial, delay):
    await asyncio.sleep(delay)
    code = base64.b32encode(serial).decode().lower().replace("o", "0")
    return serial, code


async def main():
    rows = await asyncio.gather(*(typed_back(s, 0.001 * (len(SERIALS) - i)) for i, s in enumerate(SERIALS)))
    for serial, code in rows:
        back = base64.b32decode(code.replace("0", "O"), casefold=True)
        print(repr(code), back == serial, base64.b32hexencode(serial), base64.b16encode(serial))


asyncio.run(main())

keys = sorted([b"\x00\x01", b"\xff", b"\x10\x20\x30", b"\x10\x20"])
hexes = [base64.b32hexencode(k) for k in keys]
print(hexes, sorted(hexes) == hexes, [base64.b32hexdecode(h) for h in hexes] == keys)
print(base64.b32hexdecode(b"cpnmuoj1e8======", casefold=True), base64.b32hexdecode("CPNMUOJ1"))
print(base64.b32decode(b"MZXW6YQ="), base64.b32decode("0BQXE===", map01=b"L"), base64.b32decode(b"1BQXE===", map01=b"I"))
print(base64.b32decode(b"MF1GG===", map01=b"L"), base64.b32decode(b"mf1gg===", casefold=True, map01="L"))
print(base64.b16encode(bytes(range(250, 256))), base64.b16decode("FAFBFCFD"), base64.b16decode(b"fafb", casefold=True))

for n in (0, 1, 56, 57, 58, 114, 115, 200):
    body = base64.encodebytes(bytes(i % 251 for i in range(n)))
    lines = body.split(b"\n")
    print(n, len(body), [len(x) for x in lines], base64.decodebytes(body) == bytes(i % 251 for i in range(n)))
print(base64.encodebytes(b"hi there"), base64.decodebytes(b"aGkg\ndGhl\ncmU=\n"), base64.decodebytes(bytearray(b"YQ==")))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: base64.b32decode(b"mzxw6yq="))
show(lambda: base64.b32decode(b"MZXW6YQ"))
show(lambda: base64.b32decode(b"MZXW6YQ=="))
show(lambda: base64.b32decode(b"MZXW6Y1="))
show(lambda: base64.b32decode(b"MZXW=YQ="))
show(lambda: base64.b32decode(b"M======="))
show(lambda: base64.b32decode(b"MZXW6YQ=", map01=b"LI"))
show(lambda: base64.b32hexdecode(b"WXYZ===="))
show(lambda: base64.b32hexdecode(b"cpnmuoj1"))
show(lambda: base64.b16decode(b"fafb"))
show(lambda: base64.b16decode(b"FAF"))
show(lambda: base64.b16decode(b"FA FB"))
show(lambda: base64.b16decode("GG"))
show(lambda: base64.decodebytes(b"YQ"))
show(lambda: base64.decodebytes("YQ=="))
show(lambda: base64.encodebytes(bytes(3)[0]))
