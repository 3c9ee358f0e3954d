"""Layered settings: a dict subclass with defaults, a read-only mapping view, and **-unpacking into calls."""
import functools


class Settings(dict):
    """Settings with dotted-key access and defaults supplied by __missing__."""

    defaults = {"host": "localhost", "port": 8080, "debug": False}

    def __missing__(self, key):
        if key in self.defaults:
            return self.defaults[key]
        raise KeyError(f"unknown setting {key!r}")

    def __getitem__(self, key):
        if key not in self:
            return self.__missing__(key)
        value = super().__getitem__(key)
        return value.strip() if isinstance(value, str) else value

    def merged(self, **overrides):
        out = Settings(self)
        out.update(overrides)
        return out


class FrozenView:
    """A minimal read-only mapping: keys() and __getitem__ are all ** needs."""

    def __init__(self, data):
        self._data = dict(data)

    def keys(self):
        return sorted(self._data)

    def __getitem__(self, key):
        return self._data[key]

    def __len__(self):
        return len(self._data)


def setting(name, value):
    def mark(func):
        func.settings = {**getattr(func, "settings", {}), name: value}
        return func
    return mark


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"  -> {func.__name__}({', '.join(f'{k}={v!r}' for k, v in sorted(kwargs.items()))})")
        return func(*args, **kwargs)
    return wrapper


@logged
@setting("retries", 3)
@setting("timeout", 2.5)
def connect(host, port, debug=False, **extra):
    """Pretend to open a connection."""
    return f"{host}:{port}{' [debug]' if debug else ''}{' +' + ','.join(sorted(extra)) if extra else ''}"


def main():
    base = Settings(host="  db.internal  ", port=5432)
    print("host:", repr(base["host"]), "port:", base["port"], "debug:", base["debug"])
    print("get() skips hooks:", repr(base.get("host")), base.get("debug"))
    try:
        base["colour"]
    except KeyError as e:
        print("missing:", e)
    print("plain dict copy:", dict(base), "| len:", len(base))
    dev = base.merged(debug=True, port=15432)
    print("dev:", sorted(dev.items()), type(dev).__name__)

    print("metadata:", connect.settings, "| name:", connect.__name__, "| doc:", connect.__doc__)
    print("wrapper attributes:", sorted(vars(connect)))
    print(connect(**base))
    print(connect(**dev, region="eu"))
    frozen = FrozenView({"host": "ro.internal", "port": 1, "replica": True})
    print(connect(**frozen))
    combined = {**base, **frozen, "port": 2}
    print("combined:", combined)
    try:
        connect(**base, host="dup")
    except TypeError as e:
        print("duplicate:", e)
    print(connect(**[("host", "x")]))


main()
