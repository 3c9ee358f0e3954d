# Payloads that asyncio workers hand to each other as base64 tokens: every padding length,
# custom altchars, URL-safe tokens with the padding stripped and restored, str tokens, and
# what validate=True rejects that the default quietly skips.
import asyncio
import base64

SMALL = [b"", b"\x00", b"\xff\xfe", b"\x01\x02\x03", b"\xfa\xfb\xfc\xfd", b"\xf0\x0f\xf0\x0f\xf0"]
BLOB = bytes(range(256))


def strip_pad(token):
    return token.rstrip("=")


def restore_pad(token):
    return token + "=" * (-len(token) % 4)


async def encoder(queue, payloads):
    for i, p in enumerate(payloads):
        await queue.put((i, base64.urlsafe_b64encode(p).decode("ascii")))
        await asyncio.sleep(0)
    await queue.put((None, None))


async def decoder(queue):
    out = []
    while True:
        i, token = await queue.get()
        if i is None:
            return out
        short = strip_pad(token)
        back = base64.urlsafe_b64decode(restore_pad(short))
        out.append((i, token, short, len(back)))


async def main():
    queue = asyncio.Queue(maxsize=2)
    _, got = await asyncio.gather(encoder(queue, SMALL + [BLOB]), decoder(queue))
    for i, token, short, n in got:
        print(i, n, repr(token[:32]), len(token) - len(short))
    blob = base64.b64encode(BLOB)
    print(len(blob), blob[-24:], base64.urlsafe_b64encode(BLOB)[-24:])
    print(base64.b64encode(BLOB, altchars=b"*!")[-24:], base64.standard_b64encode(BLOB)[:16])
    assert base64.b64decode(base64.b64encode(BLOB, b"*!"), b"*!") == BLOB
    assert base64.standard_b64decode(blob.decode()) == BLOB


asyncio.run(main())

for n in range(1, 6):
    chunk = b"\xa5" * n
    enc = base64.b64encode(chunk)
    print(n, enc, enc.count(b"="), base64.b64decode(enc) == chunk, base64.b64decode(enc.decode()))
print(base64.b64decode("+/+/"), base64.b64decode("-_-_", altchars="-_"), base64.b64decode(b"-_-_", b"-_"))
print(base64.urlsafe_b64decode("-_-_"), base64.urlsafe_b64decode(b"+/+/"), base64.urlsafe_b64encode(b"\xfb\xff"))
print(base64.b64decode("QU JD\r\nRA=="), base64.b64decode("QUJD!!RA=="), base64.b64decode("QUJDRA==junk"))
print(base64.b64decode("QUJDRA==", validate=True), base64.b64decode(b"QUJDREVG", validate=True))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: base64.b64decode("QU JD\r\nRA==", validate=True))
show(lambda: base64.b64decode("QUJD!!RA==", validate=True))
show(lambda: base64.b64decode("QUJDRA==junk", validate=True))
show(lambda: base64.b64decode("QUJDRA", validate=True))
show(lambda: base64.b64decode("QUJDR"))
show(lambda: base64.b64decode("-_-_", validate=True))
show(lambda: base64.urlsafe_b64decode(strip_pad("QUJDRA==")))
