"""An async password-reset flow built on secrets: tokens issued per user, stored, and checked
with secrets.compare_digest for str and bytes; only lengths, alphabets, membership and
comparison results are printed, never the random values themselves."""
import asyncio
import secrets
import string

store = {}


async def issue(user, nbytes):
    await asyncio.sleep(0)
    token = secrets.token_urlsafe(nbytes)
    store[user] = token
    return user, len(token)


async def redeem(user, presented):
    await asyncio.sleep(0)
    expected = store.get(user)
    if expected is None:
        return user, "unknown user"
    ok = secrets.compare_digest(presented, expected)
    if ok:
        del store[user]
    return user, ok


async def main():
    issued = await asyncio.gather(issue("ann", 16), issue("bob", 24), issue("cy", 32))
    print(issued, sorted(store))
    alphabet = frozenset(string.ascii_letters + string.digits + "-_")
    print(all(frozenset(t) <= alphabet for t in store.values()))
    attempts = [
        ("ann", store["ann"]),
        ("bob", store["bob"][:-1]),
        ("bob", store["bob"] + "x"),
        ("cy", store["ann"]),
        ("dave", ""),
        ("bob", store["bob"]),
        ("bob", store["bob"]),
    ]
    for user, presented in attempts:
        print(await redeem(user, presented), sorted(store))

    print("--- compare_digest")
    pairs = [("abc", "abc"), ("abc", "abd"), ("", ""), ("a", ""), (b"\x00\xff", b"\x00\xff"),
             (b"x", b"y"), (bytearray(b"key"), b"key"), ("same", "same ")]
    for a, b in pairs:
        print(repr(a), repr(b), secrets.compare_digest(a, b))
    for a, b in [("abc", b"abc"), ("\u00e9", "\u00e9"), (1, 1), (None, None)]:
        try:
            print(secrets.compare_digest(a, b))
        except TypeError as e:
            print(type(e).__name__, e)

    print("--- pin codes")
    pins = ["".join(secrets.choice(string.digits) for _ in range(6)) for _ in range(20)]
    print(all(len(p) == 6 and p.isdigit() for p in pins))
    print(secrets.randbelow(1), [secrets.choice("7") for _ in range(4)])
    sr = secrets.SystemRandom()
    print(sr.choice(["only"]), sr.randrange(1), sr.randint(3, 3), sr.sample([9], 1))
    try:
        sr.randrange(0)
    except ValueError as e:
        print(type(e).__name__, e)


asyncio.run(main())
