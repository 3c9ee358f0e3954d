"""secrets as a session/password generator uses it, checking only what is deterministic: the
types and lengths of token_bytes/token_hex/token_urlsafe (default and explicit sizes), their
alphabets, choice membership, randbelow/randbits ranges, SystemRandom, compare_digest, the
documented password and reset-URL recipes, and the errors for bad arguments."""
import asyncio
import secrets
import string

HEX = set(string.hexdigits.lower())
URLSAFE = set(string.ascii_letters + string.digits + "-_")


async def new_session(user):
    await asyncio.sleep(0)
    return user, secrets.token_urlsafe(16)


async def main():
    print("--- token sizes")
    print(secrets.DEFAULT_ENTROPY)
    b = secrets.token_bytes()
    print(type(b).__name__, len(b))
    for n in [0, 1, 8, 16, 33]:
        tb = secrets.token_bytes(n)
        th = secrets.token_hex(n)
        tu = secrets.token_urlsafe(n)
        print(n, len(tb), type(tb).__name__, len(th), set(th) <= HEX, len(tu), set(tu) <= URLSAFE,
              "=" in tu)
    print(len(secrets.token_hex()), len(secrets.token_urlsafe()))
    print(len(secrets.token_bytes(None)), len(secrets.token_hex(None)))

    print("--- choice / randbelow / randbits")
    colours = ["red", "green", "blue"]
    picks = [secrets.choice(colours) for _ in range(50)]
    print(all(p in colours for p in picks), secrets.choice("x"), secrets.choice([42]))
    print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
    bits = [secrets.randbits(k) for k in (0, 1, 8, 64)]
    print(bits[0], [0 <= v < 2 ** k for v, k in zip(bits, (0, 1, 8, 64))])
    sr = secrets.SystemRandom()
    print(type(sr).__name__, 1 <= sr.randint(1, 6) <= 6, 0.0 <= sr.random() < 1.0)
    deck = list(range(10))
    sr.shuffle(deck)
    print(sorted(deck) == list(range(10)), len(sr.sample(range(100), 5)))

    print("--- recipes")
    alphabet = string.ascii_letters + string.digits
    password = "".join(secrets.choice(alphabet) for _ in range(12))
    print(len(password), all(c in alphabet for c in password))
    while True:
        password = "".join(secrets.choice(alphabet) for _ in range(10))
        if (any(c.islower() for c in password) and any(c.isupper() for c in password)
                and sum(c.isdigit() for c in password) >= 3):
            break
    print(len(password), sum(c.isdigit() for c in password) >= 3)
    url = "https://example.com/reset=" + secrets.token_urlsafe()
    print(url[:26], len(url) - 26)
    words = ["correct", "horse", "battery", "staple", "orbit", "lemon"]
    phrase = " ".join(secrets.choice(words) for _ in range(4))
    print(len(phrase.split()), all(w in words for w in phrase.split()))

    sessions = dict(await asyncio.gather(*(new_session(u) for u in ["ann", "bob", "cy"])))
    print(sorted(sessions), [len(t) for t in sessions.values()], len(set(sessions.values())))
    t = secrets.token_hex(8)
    print(secrets.compare_digest(t, t), secrets.compare_digest(t, t[::-1] + "x"),
          secrets.compare_digest(b"a", b"a"))

    print("--- errors")
    attempts = [
        lambda: secrets.choice([]),
        lambda: secrets.randbelow(0),
        lambda: secrets.randbelow(-3),
        lambda: secrets.randbits(-1),
        lambda: secrets.token_bytes(-1),
        lambda: secrets.token_hex("8"),
        lambda: secrets.compare_digest("a", b"a"),
    ]
    for attempt in attempts:
        try:
            attempt()
            print("no error")
        except (ValueError, TypeError, IndexError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
