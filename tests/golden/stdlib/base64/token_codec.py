# Tokens passed between tasks as base64 text: standard and URL-safe alphabets, custom
# altchars, validation of what comes back, and the round trip of every byte value.
import asyncio
import base64

PAYLOADS = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)),
            b"\xfb\xff\xfe\x00\x01", "naïve café".encode("utf-8")]


async def producer(queue):
    for p in PAYLOADS:
        await queue.put(base64.urlsafe_b64encode(p).decode("ascii"))
    await queue.put(None)


async def consumer(queue):
    seen = []
    while (token := await queue.get()) is not None:
        data = base64.urlsafe_b64decode(token)
        seen.append((token[:24], len(data)))
    return seen


async def main():
    queue = asyncio.Queue()
    _, seen = await asyncio.gather(producer(queue), consumer(queue))
    for token, n in seen:
        print(f"{n:3d} {token!r}")


asyncio.run(main())

print(base64.b64encode(bytes(range(256)))[:40], base64.b64decode(base64.b64encode(bytes(range(256)))) == bytes(range(256)))
print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"), base64.b64decode(b"-__-", altchars=b"-_"))
print(base64.standard_b64encode(b"hello"), base64.standard_b64decode("aGVsbG8="))
print(base64.b64decode(bytearray(b"YWJj")), base64.b64decode("YW Jj\n"), base64.b64decode("YWJj====="))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: base64.b64decode("aGVsbG8=", validate=True))
show(lambda: base64.b64decode("aGVsbG8", validate=True))
show(lambda: base64.b64decode("aGV*sbG8=", validate=True))
show(lambda: base64.b64decode("aGV*sbG8="))
show(lambda: base64.b64decode("abcde"))
show(lambda: base64.b64decode("abc"))
show(lambda: base64.b64encode(b"x", altchars=b"-"))
show(lambda: base64.b64encode("text"))
show(lambda: base64.b64encode(5))
show(lambda: base64.b64decode("é"))
show(lambda: base64.b64decode(5))
show(lambda: base64.urlsafe_b64decode("+/+/"))
