# Dict displays with ** unpacking: merge order, evaluation order, user mappings, errors.
defaults = {"host": "localhost", "port": 80, "debug": False}
overrides = {"port": 8080, "debug": True}


class Env:
    def keys(self):
        return ["user", "port"]

    def __getitem__(self, key):
        return {"user": "root", "port": 22}[key]


def trace(label, value):
    print("eval", label)
    return value


config = {**defaults, **overrides, "name": "svc"}
print(config)
print({"a": 1, **{"a": 2, "b": 3}, "b": 4})
print({trace("k1", "x"): trace("v1", 1), **trace("m", {"y": 2}), trace("k2", "z"): trace("v2", 3)})
print({**Env(), "extra": True}, {**{}}, len({**defaults}))
for bad in (5, [(1, 2)], "ab"):
    try:
        print({**bad})
    except TypeError as e:
        print(e)
