"""Signing API requests with hmac: hmac.new with hashlib.sha256 and the 'md5'/'sha1' names,
incremental update, copy() for a shared prefix, digest/hexdigest, name/digest_size/block_size,
the one-shot hmac.digest, and verification with compare_digest inside an async handler."""
import asyncio
import hashlib
import hmac

SECRET = b"s3cr3t-key"


def sign(method, path, body):
    mac = hmac.new(SECRET, digestmod=hashlib.sha256)
    for part in (method.encode(), b"\n", path.encode(), b"\n", body):
        mac.update(part)
    return mac.hexdigest()


async def handle(request):
    await asyncio.sleep(0)
    method, path, body, signature = request
    expected = sign(method, path, body)
    ok = hmac.compare_digest(expected, signature)
    return f"{method} {path} -> {'200 OK' if ok else '401 bad signature'}"


async def main():
    good = sign("POST", "/orders", b'{"id": 1}')
    print(good)
    requests = [
        ("POST", "/orders", b'{"id": 1}', good),
        ("POST", "/orders", b'{"id": 2}', good),
        ("GET", "/orders", b"", sign("GET", "/orders", b"")),
        ("GET", "/orders", b"", good.upper()),
    ]
    for line in await asyncio.gather(*(handle(r) for r in requests)):
        print(line)

    print("--- algorithms")
    for digestmod in (hashlib.sha256, "md5", "sha1", "sha512", hashlib.sha224):
        mac = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", digestmod)
        print(mac.name, mac.digest_size, mac.block_size, mac.hexdigest())
    print(hmac.new(b"", b"", "md5").hexdigest())
    long_key = b"k" * 200
    print(hmac.new(long_key, b"msg", "sha256").hexdigest())

    print("--- copy")
    base = hmac.new(SECRET, b"prefix:", "sha256")
    first = base.copy()
    first.update(b"one")
    second = base.copy()
    second.update(b"two")
    print(base.hexdigest())
    print(first.hexdigest())
    print(second.hexdigest())
    print(first.hexdigest() == hmac.new(SECRET, b"prefix:one", "sha256").hexdigest())
    d = first.digest()
    print(type(d).__name__, len(d), d.hex() == first.hexdigest(), d[:4])

    print("--- one-shot")
    print(hmac.digest(SECRET, b"payload", "sha256").hex())
    print(hmac.digest(SECRET, b"payload", hashlib.sha1).hex())
    print(hmac.digest(b"k", bytearray(b"payload"), "md5").hex())
    print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
          hmac.compare_digest("abc", "ab"), hmac.compare_digest(bytearray(b"x"), b"x"))


asyncio.run(main())
