"""Shapes of secrets tokens an invite-code generator relies on: types and lengths of
token_bytes/token_hex/token_urlsafe for many sizes, their alphabets and padding, uniqueness
across a batch, choice from one-element sequences, randbelow(1), and argument errors."""
import secrets
import string

HEX = frozenset("0123456789abcdef")
URLSAFE = frozenset(string.ascii_letters + string.digits + "-_")

print("size bytes hex urlsafe")
for n in [0, 1, 2, 3, 4, 5, 6, 7, 10, 16, 24, 32, 64]:
    tb, th, tu = secrets.token_bytes(n), secrets.token_hex(n), secrets.token_urlsafe(n)
    print(n, len(tb), len(th), len(tu), type(tb).__name__, type(th).__name__,
          frozenset(th) <= HEX, frozenset(tu) <= URLSAFE, tu.endswith("="), th == th.lower())
print(len(secrets.token_bytes()), len(secrets.token_hex()), len(secrets.token_urlsafe()))
print(secrets.token_bytes(0), repr(secrets.token_hex(0)), repr(secrets.token_urlsafe(0)))

codes = [secrets.token_hex(8) for _ in range(100)]
print(len(codes), len(set(codes)) == 100, all(len(c) == 16 for c in codes))
raw = [secrets.token_bytes(16) for _ in range(50)]
print(len(set(raw)) == 50, all(isinstance(b, bytes) for b in raw))

print("--- single choices")
print(secrets.choice("z"), secrets.choice([7]), secrets.choice((None,)), secrets.choice(range(5, 6)))
print(secrets.choice([[1, 2]]), secrets.choice(b"A"), secrets.randbelow(1))
print([secrets.randbelow(1) for _ in range(5)], secrets.randbits(0))
print(all(secrets.randbelow(2) in (0, 1) for _ in range(100)))
print(all(secrets.randbits(4) < 16 for _ in range(100)))
words = ["amber", "birch", "cedar"]
invite = "-".join(secrets.choice(words) for _ in range(3))
print(len(invite.split("-")), all(w in words for w in invite.split("-")))

print("--- errors")
for label, attempt in [
    ("randbelow(0)", lambda: secrets.randbelow(0)),
    ("randbelow(-1)", lambda: secrets.randbelow(-1)),
    ("choice(range(0))", lambda: secrets.choice(range(0))),
    ("choice([])", lambda: secrets.choice([])),
    ("choice('')", lambda: secrets.choice("")),
    ("token_bytes(-5)", lambda: secrets.token_bytes(-5)),
    ("token_hex(2.0)", lambda: secrets.token_hex(2.0)),
    ("randbits(-2)", lambda: secrets.randbits(-2)),
]:
    try:
        print(label, attempt())
    except (ValueError, TypeError, IndexError) as e:
        print(label, type(e).__name__, e)
