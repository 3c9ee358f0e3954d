"""types.SimpleNamespace as a config object and types.MappingProxyType as a read-only view:
reprs (including a namespace that contains itself), equality, attribute deletion, the
positional-argument TypeError, proxy lookups, `|` with a dict, reversed(), copy(), == and
the errors raised when code tries to modify the proxy; plus types.ModuleType built by hand."""
import types
from types import MappingProxyType, SimpleNamespace

cfg = SimpleNamespace(host="localhost", port=8080, debug=False)
print(cfg)
cfg.retries = 3
del cfg.debug
print(cfg, cfg.port, vars(cfg))
print(cfg == SimpleNamespace(host="localhost", port=8080, retries=3), cfg == {"host": "localhost"})
print(SimpleNamespace(), SimpleNamespace(**{"a-b": 1, "x": [1, 2]}))
nested = SimpleNamespace(db=SimpleNamespace(name="main", pool=(1, 5)), tags=["a"])
print(nested, nested.db.pool)
loop = SimpleNamespace(name="loop")
loop.me = loop
loop.items = [loop]
print(loop)
try:
    SimpleNamespace({"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
for attempt in [lambda: cfg.missing, lambda: delattr(cfg, "nothing")]:
    try:
        attempt()
    except AttributeError as e:
        print(type(e).__name__, e)

print("--- mapping proxy")
settings = {"level": "info", "workers": 4}
view = MappingProxyType(settings)
print(view, repr(view), len(view), view["level"], view.get("missing", "dflt"), "workers" in view)
settings["workers"] = 8
print(view["workers"], list(view), list(view.items()), list(reversed(view)))
print(view == {"level": "info", "workers": 8}, view == settings, view.copy(), type(view.copy()).__name__)
merged = view | {"workers": 1, "extra": True}
print(merged, type(merged).__name__, {"a": 0} | view)


def set_item(proxy):
    proxy["x"] = 1


def del_item(proxy):
    del proxy["level"]


def in_place_or(proxy):
    proxy |= {"z": 1}
    return proxy


for label, attempt in [("setitem", lambda: set_item(view)),
                       ("delitem", lambda: del_item(view)),
                       ("getitem", lambda: view["nope"]),
                       ("ior", lambda: in_place_or(view)),
                       ("from list", lambda: MappingProxyType([1, 2]))]:
    try:
        print(label, attempt())
    except (TypeError, KeyError) as e:
        print(label, type(e).__name__, e)


print("--- module objects")
mod = types.ModuleType("plugins.csv_export", "Exports rows as CSV.")
print(mod.__name__, mod.__doc__, repr(mod))
mod.VERSION = (1, 2)
mod.formats = ["csv", "tsv"]
print(sorted(vars(mod)), mod.VERSION, isinstance(mod, types.ModuleType))
print({k: v for k, v in vars(mod).items() if not k.startswith("__")})
bare = types.ModuleType("bare")
print(bare.__doc__, repr(bare), bare.__spec__, bare.__loader__)
for attempt in [lambda: bare.missing_attr, lambda: types.ModuleType(5)]:
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
