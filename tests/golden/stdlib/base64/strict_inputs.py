# A request handler that decodes base64 fields from untrusted clients: what validate=True
# rejects, non-ASCII text, wrong argument types, bytearray input, bad altchars; the last
# field's binascii.Error goes uncaught.
import asyncio
import base64
import binascii

FIELDS = [("user", "YWxpY2U="), ("note", b"aGk gdGhlcmU="), ("blob", bytearray(b"AAEC")),
          ("sig", "c2ln\n"), ("bad", "YWxp*Y2U="), ("short", "YWxpY2U"), ("text", "ÿÿÿÿ")]


async def handle(name, value):
    await asyncio.sleep(0)
    try:
        return name, base64.b64decode(value, validate=True)
    except binascii.Error as e:
        loose = base64.b64decode(value) if name != "short" else None
        return name, f"rejected ({e}); loose: {loose!r}"
    except ValueError as e:
        return name, f"{type(e).__name__}: {e}"


async def main():
    for name, result in await asyncio.gather(*(handle(n, v) for n, v in FIELDS)):
        print(name, result)


asyncio.run(main())


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))


print(base64.b64encode(bytearray(b"\x00\x01")), base64.urlsafe_b64encode(bytearray(b"\xfb\xff")))
print(base64.b64decode(bytearray(b"YWJj"), altchars=bytearray(b"-_")), base64.b64encode(b"\xfb\xff", bytearray(b"-_")))
show(lambda: base64.b64encode("text"))
show(lambda: base64.b64encode(5))
show(lambda: base64.b64encode([1, 2, 3]))
show(lambda: base64.b64encode(None))
show(lambda: base64.urlsafe_b64encode("x"))
show(lambda: base64.standard_b64encode(3.5))
show(lambda: base64.b64decode(5))
show(lambda: base64.b64decode([89, 87]))
show(lambda: base64.b64decode("Zm9v€"))
show(lambda: base64.urlsafe_b64decode("café"))
show(lambda: base64.b64encode(b"x", altchars=b"-"))
show(lambda: base64.b64encode(b"x", altchars=b"-_."))
show(lambda: base64.b64decode(b"eA==", altchars=b"+"))
show(lambda: base64.b64decode(b"eA==", altchars="-_"))
show(lambda: base64.b64encode(b"x", altchars="-_"))
show(lambda: base64.b64decode(b"Zm9v=", validate=True))
show(lambda: base64.b64decode(b"=Zm9v", validate=True))
show(lambda: base64.b64decode(b"Zm=9v", validate=True))
show(lambda: base64.b64decode(b"Zm9vY", validate=True))
show(lambda: base64.b64decode(b"Zm9vYg=", validate=False))
print(binascii.Error.__name__, binascii.Error.__module__, issubclass(binascii.Error, ValueError))
print("decoding the last field for real")
print(base64.b64decode("Zm9vYmFyYg"))
print("not reached")
