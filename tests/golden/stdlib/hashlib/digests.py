# Every guaranteed algorithm on a few inputs, update/copy, and the object's attributes.
import hashlib

inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3]
for name in sorted(hashlib.algorithms_guaranteed):
    for data in inputs:
        h = hashlib.new(name, data)
        if name.startswith("shake"):
            print(name, h.hexdigest(20), h.digest(5), h.name, h.digest_size, h.block_size)
        else:
            print(name, h.hexdigest(), h.name, h.digest_size, h.block_size)

h = hashlib.sha256()
for chunk in (b"hello", b" ", bytearray(b"world")):
    h.update(chunk)
c = h.copy()
c.update(b"!")
print(h.hexdigest(), c.hexdigest(), h.digest()[:4])
print(hashlib.md5(b"x").hexdigest() == hashlib.new("MD5", b"x").hexdigest())
print(hashlib.sha1(string=b"keyword").hexdigest(), hashlib.blake2b(b"b2").hexdigest()[:16])
print(type(hashlib.sha256()).__name__, type(hashlib.shake_128()).__name__, type(hashlib.blake2s()).__name__)
print(sorted(hashlib.algorithms_guaranteed), hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"NaCl", 2, dklen=10).hex())
