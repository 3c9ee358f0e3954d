# TypeError for unexpected keyword arguments and for multiple values for one argument.
def resize(image, width, height=None, *, keep_ratio=True):
    return f"{image}:{width}x{height} ratio={keep_ratio}"


class Cache:
    def put(self, key, value, *, ttl=60):
        return f"{key}={value} ttl={ttl}"


print(resize("cat.png", 100))
tests = [
    ("unexpected", lambda: resize("a.png", 10, depth=3)),
    ("typo kwonly", lambda: resize("a.png", 10, keepratio=False)),
    ("multiple", lambda: resize("a.png", 10, width=20)),
    ("multiple first", lambda: resize("a.png", image="b.png")),
    ("method unexpected", lambda: Cache().put("k", 1, expire=5)),
    ("method multiple", lambda: Cache().put("k", 1, key="j")),
    ("dict unpack", lambda: resize("a.png", **{"width": 5, "colour": "red"})),
    ("star then kw", lambda: resize(*["a.png", 1, 2], height=3)),
    ("lambda", lambda: (lambda x=0: x)(y=1)),
    ("ok", lambda: Cache().put("k", 1, ttl=5)),
]
for label, call in tests:
    try:
        print(label, "|", call())
    except TypeError as e:
        print(label, "|", e)


def only_kwargs(**kw):
    return sorted(kw)


print(only_kwargs(a=1, b=2, **{"c": 3}))
try:
    only_kwargs(1)
except TypeError as e:
    print("only_kwargs:", e)
