import contextvars
from contextvars import Context, ContextVar, copy_context

theme = ContextVar("theme")
lang = ContextVar("lang", default="en")

empty = copy_context()
print("empty len:", len(empty), theme in empty, lang in empty)
print("empty list:", list(empty), list(empty.keys()), list(empty.values()), list(empty.items()))
print("Context()==Context():", Context() == Context(), Context() != Context())
print("copy == empty:", copy_context() == empty)

theme.set("dark")
ctx = copy_context()
print("len:", len(ctx), theme in ctx, lang in ctx)
print("ctx[theme]:", ctx[theme])
print("get:", ctx.get(theme), ctx.get(lang), ctx.get(lang, "fallback"))
print("keys:", [k.name for k in ctx.keys()])
print("values:", list(ctx.values()))
print("items:", [(k.name, v) for k, v in ctx.items()])
for key in ctx:
    print("iter:", key is theme, key.name)
print("equal to empty:", ctx == empty, "to fresh copy:", ctx == copy_context())

try:
    ctx[lang]
except KeyError as e:
    print("unset key ->", type(e).__name__)
try:
    ctx[1]
except TypeError as e:
    print("ctx[1] ->", e)
try:
    1 in ctx
except TypeError as e:
    print("1 in ctx ->", e)
try:
    Context(1)
except TypeError as e:
    print("Context(1) ->", e)

def configure(prefix, *, suffix="!", count=1):
    theme.set(prefix + "light" + suffix)
    lang.set("fr")
    print("  inside:", theme.get(), lang.get(), "count", count)
    return [prefix, suffix, count]

result = ctx.run(configure, ">", suffix="?", count=3)
print("run returned:", result)
print("outside:", theme.get(), lang.get())
print("through ctx:", ctx[theme], ctx[lang], len(ctx))

def reenter():
    ctx.run(print, "never")

try:
    ctx.run(reenter)
except RuntimeError as e:
    print("nested run ->", type(e).__name__)

dup = ctx.copy()
print("copy equal:", dup == ctx, dup is ctx, type(dup).__name__)
dup.run(theme.set, "blue")
print("after dup change:", dup[theme], ctx[theme], dup == ctx)

blank = Context()
print("blank run:", blank.run(theme.get, "none"), blank.run(lang.get))
blank.run(lang.set, "de")
print("blank after:", len(blank), blank[lang], lang.get())
print("final:", theme.get(), lang.get())
