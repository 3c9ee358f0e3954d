"""hmac edge cases and misuse: the required digestmod, bytes-only keys and messages,
compare_digest type rules, digests from the same key and message being stable, and an
HMAC-based token scheme (timestamp:user:signature) that detects tampering."""
import hashlib
import hmac

attempts = [
    ("no digestmod", lambda: hmac.new(b"key", b"msg")),
    ("digestmod None", lambda: hmac.new(b"key", b"msg", None)),
    ("str key", lambda: hmac.new("key", b"msg", "sha256")),
    ("str msg", lambda: hmac.new(b"key", "msg", "sha256")),
    ("unknown algo", lambda: hmac.new(b"key", b"msg", "nosuchhash")),
    ("digest unknown", lambda: hmac.digest(b"key", b"msg", "nosuchhash")),
    ("update str", lambda: hmac.new(b"key", digestmod="sha256").update("text")),
    ("compare mixed", lambda: hmac.compare_digest("abc", b"abc")),
    ("compare int", lambda: hmac.compare_digest(1, 1)),
    ("compare non-ascii", lambda: hmac.compare_digest("caf\u00e9", "caf\u00e9")),
]
for label, attempt in attempts:
    try:
        result = attempt()
        print(label, "->", type(result).__name__)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

print("--- stable digests")
m1 = hmac.new(b"key", b"hello world", "sha256")
m2 = hmac.new(b"key", digestmod=hashlib.sha256)
m2.update(b"hello ")
m2.update(b"world")
print(m1.hexdigest() == m2.hexdigest(), m1.digest() == m2.digest())
print(m1.hexdigest())
print(m1.hexdigest() == m1.hexdigest(), len(m1.hexdigest()))
print(hmac.new(bytearray(b"key"), b"hello world", "sha256").hexdigest() == m1.hexdigest())
print(hmac.new(b"key", b"hello world", "sha3_256").hexdigest())
print(hmac.new(b"key", b"hello world", "blake2b").name, hmac.new(b"key", b"", "sha384").digest_size)


def make_token(key, user, ts):
    msg = f"{ts}:{user}".encode()
    return f"{ts}:{user}:{hmac.new(key, msg, 'sha256').hexdigest()[:16]}"


def check_token(key, token):
    try:
        ts, user, sig = token.split(":")
    except ValueError as e:
        return f"malformed ({e})"
    expected = make_token(key, user, ts).rsplit(":", 1)[1]
    return "valid" if hmac.compare_digest(sig, expected) else "tampered"


print("--- tokens")
key = b"server-key"
tok = make_token(key, "alice", 1700000000)
print(tok)
for candidate in [tok, tok.replace("alice", "mallory"), tok[:-1] + "0", "just-one-part",
                  make_token(b"other-key", "alice", 1700000000)]:
    print(candidate[:30], check_token(key, candidate))
