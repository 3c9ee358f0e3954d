import contextvars
from contextvars import ContextVar, Token

user = ContextVar("user")
level = ContextVar("level", default=1)

print("name:", user.name, level.name)
print("types:", type(user), type(level).__name__, ContextVar, Token)
print("meta:", type(ContextVar), type(Token) is type)
print("generic:", ContextVar[int], ContextVar[str])
print("missing:", repr(Token.MISSING), type(Token.MISSING))

try:
    user.get()
except LookupError as e:
    print("get unset ->", type(e).__name__)
print("get default arg:", user.get("anon"), user.get(None))
print("var default:", level.get(), level.get(7))

tok = user.set("alice")
print("after set:", user.get(), user.get("anon"))
print("token var is user:", tok.var is user)
print("token old is MISSING:", tok.old_value is Token.MISSING)

tok2 = user.set("bob")
print("token2 old:", tok2.old_value, user.get())
user.reset(tok2)
print("after reset tok2:", user.get())
user.reset(tok)
print("after reset tok:", user.get("<unset>"))

try:
    user.reset(tok)
except RuntimeError as e:
    print("reused token ->", type(e).__name__)

ltok = level.set(5)
print("level now", level.get(), "old", ltok.old_value)
try:
    user.reset(ltok)
except ValueError as e:
    print("foreign token ->", type(e).__name__)
level.reset(ltok)
print("level back to", level.get())

ctx = contextvars.copy_context()
t3 = user.set("carol")
try:
    ctx.run(user.reset, t3)
except ValueError as e:
    print("other context ->", type(e).__name__)
print("still:", user.get())
user.reset(t3)

for bad in (1, None, b"x"):
    try:
        ContextVar(bad)
    except TypeError as e:
        print("ContextVar(%r) ->" % (bad,), e)

try:
    Token()
except RuntimeError as e:
    print("Token() ->", e)
try:
    user.name = "other"
except AttributeError as e:
    print("set name ->", e)
try:
    class MyVar(ContextVar):
        pass
except TypeError as e:
    print("subclass ->", e)
print("done", user.get("<unset>"), level.get())
