"""hmac as a webhook signer/verifier uses it: hmac.new with digestmod given as a name, a
hashlib constructor or a module-like object, update/copy/digest/hexdigest, name/digest_size/
block_size, the one-shot hmac.digest, compare_digest on str and bytes, and the errors for a
missing digestmod, a str key and mismatched compare_digest arguments. RFC 2104/4231 vectors."""
import asyncio
import hashlib
import hmac

KEY = b"webhook-secret-key"
PAYLOADS = [b'{"event":"push","ref":"main"}', b"", b"x" * 200, "caf\u00e9".encode("utf-8")]


def sign(payload, algo="sha256"):
    return hmac.new(KEY, payload, algo).hexdigest()


async def deliver(payload, signature):
    await asyncio.sleep(0)
    expected = sign(payload)
    return hmac.compare_digest(expected, signature)


async def main():
    print("--- signatures")
    for algo in ["sha256", "sha1", "md5", "sha512", "sha3_256", "blake2b"]:
        h = hmac.new(KEY, PAYLOADS[0], algo)
        print(f"{algo:9} {h.name:14} {h.digest_size:3} {h.block_size:4} {h.hexdigest()}")
    for ctor in [hashlib.sha256, hashlib.sha1, hashlib.md5, hashlib.sha224]:
        h = hmac.new(KEY, digestmod=ctor)
        h.update(PAYLOADS[0])
        print(h.name, h.hexdigest() == hmac.new(KEY, PAYLOADS[0], ctor().name).hexdigest())

    print("--- RFC 4231 / RFC 2104 test vectors")
    print(hmac.new(b"\x0b" * 20, b"Hi There", hashlib.sha256).hexdigest())
    print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256").hexdigest())
    print(hmac.new(b"Jefe", b"what do ya want for nothing?", "md5").hexdigest())
    print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First",
                   "sha256").hexdigest())
    print(hmac.new(b"", b"", "sha1").hexdigest())

    print("--- incremental, copy, digest")
    h = hmac.new(KEY, digestmod="sha256")
    for chunk in [b'{"event":', b'"push",', b'"ref":"main"}']:
        h.update(chunk)
    print(h.hexdigest() == sign(PAYLOADS[0]))
    snapshot = h.copy()
    h.update(b"tail")
    print(snapshot.hexdigest() == sign(PAYLOADS[0]), h.hexdigest() == sign(PAYLOADS[0] + b"tail"))
    raw = snapshot.digest()
    print(type(raw).__name__, len(raw), raw.hex() == snapshot.hexdigest())
    print(h.digest() == h.digest(), type(h).__name__, type(h.copy()).__name__)
    print(hmac.digest(KEY, PAYLOADS[0], "sha256") == snapshot.digest())
    print(hmac.digest(b"key", b"msg", "md5").hex())
    print(hmac.new(bytearray(b"key"), bytearray(b"msg"), "sha1").hexdigest())
    print(hmac.digest_size, hmac.trans_5C[:4], hmac.trans_36[:4], len(hmac.trans_5C))

    print("--- verification")
    good = [sign(p) for p in PAYLOADS]
    tampered = good[0][:-1] + ("0" if good[0][-1] != "0" else "1")
    results = await asyncio.gather(deliver(PAYLOADS[0], good[0]), deliver(PAYLOADS[0], tampered),
                                   deliver(PAYLOADS[1], good[1]), deliver(PAYLOADS[2], good[3]),
                                   deliver(PAYLOADS[3], good[3]))
    print(results)
    print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
          hmac.compare_digest("abc", "ab"), hmac.compare_digest(b"", b""),
          hmac.compare_digest(bytearray(b"xy"), b"xy"))

    print("--- errors")
    attempts = [
        lambda: hmac.new(KEY, b"msg"),
        lambda: hmac.new(KEY),
        lambda: hmac.new("text key", b"msg", "sha256"),
        lambda: hmac.new(KEY, "text msg", "sha256"),
        lambda: hmac.new(KEY, b"m", "no-such-hash"),
        lambda: hmac.compare_digest("abc", b"abc"),
        lambda: hmac.compare_digest(1, 2),
        lambda: hmac.compare_digest("caf\u00e9", "caf\u00e9"),
        lambda: hmac.digest(KEY, b"m", "sha-unknown"),
        lambda: hmac.new(KEY, b"m", "sha256").update("str"),
    ]
    for attempt in attempts:
        try:
            attempt()
            print("no error")
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
