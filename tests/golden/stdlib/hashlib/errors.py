# hashlib's error texts; the last one uncaught, for the traceback through hashlib's frames.
import hashlib

attempts = [
    lambda: hashlib.sha256("text"),
    lambda: hashlib.md5(42),
    lambda: hashlib.sha256().update("more text"),
    lambda: hashlib.shake_128(b"x").digest(),
    lambda: hashlib.shake_256(b"x").hexdigest(-1),
    lambda: hashlib.shake_256(b"x").digest(-1),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 0),
    lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, dklen=0),
    lambda: hashlib.new("sha256", "text"),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)


def fingerprint(records):
    h = hashlib.new("no-such-hash")
    for r in records:
        h.update(r)
    return h.hexdigest()


print(fingerprint([b"a", b"b"]))
