"""Loading a layered configuration: exception hierarchies, raise ... from, __cause__/__context__, add_note."""


class ConfigError(Exception):
    """Base class for configuration problems."""

    def __init__(self, message, *, source=None):
        super().__init__(message)
        self.source = source

    def __str__(self):
        base = super().__str__()
        return f"{base} [{self.source}]" if self.source else base


class ParseError(ConfigError):
    def __init__(self, message, *, source=None, line=None):
        super().__init__(message, source=source)
        self.line = line


class ValidationError(ConfigError, ValueError):
    pass


class MissingKey(ValidationError, KeyError):
    pass


def parse(text, source):
    result = {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            key, value = line.split("=")
        except ValueError as e:
            raise ParseError(f"expected key=value, got {line!r}", source=source, line=n) from e
        key, value = key.strip(), value.strip()
        if value.isdigit():
            value = int(value)
        elif value in ("true", "false"):
            value = value == "true"
        result[key] = value
    return result


SCHEMA = {"port": int, "host": str, "debug": bool, "workers": int}


def validate(cfg, source):
    for key, typ in SCHEMA.items():
        if key not in cfg:
            err = MissingKey(f"missing {key!r}", source=source)
            err.add_note(f"known keys: {', '.join(sorted(cfg))}")
            raise err
        if not isinstance(cfg[key], typ):
            try:
                cfg[key] = typ(cfg[key])
            except (TypeError, ValueError):
                raise ValidationError(f"{key} must be {typ.__name__}", source=source)
    if not 0 < cfg["port"] < 65536:
        raise ValidationError(f"port {cfg['port']} out of range", source=source)
    return cfg


def load(layers):
    merged = {}
    for source, text in layers:
        try:
            merged.update(parse(text, source))
        except ParseError as e:
            e.add_note(f"while loading layer {source!r} (line {e.line})")
            raise
    return validate(merged, "+".join(s for s, _ in layers))


BASE = "host = localhost\nport = 8080  # default\ndebug = false\n"
CASES = {
    "ok": [("base", BASE), ("env", "workers = 4\ndebug = true")],
    "bad-line": [("base", BASE), ("env", "workers 4")],
    "missing": [("base", BASE)],
    "bad-type": [("base", BASE), ("env", "workers = many")],
    "bad-port": [("base", BASE), ("env", "workers=2\nport=99999")],
}

for name, layers in CASES.items():
    try:
        cfg = load(layers)
        print(f"{name}: OK {cfg}")
    except ConfigError as e:
        print(f"{name}: {type(e).__name__}: {e}")
        print(f"   mro: {[c.__name__ for c in type(e).__mro__[1:-2]]}")
        print(f"   cause={e.__cause__!r} context={type(e.__context__).__name__ if e.__context__ else None}"
              f" suppress={e.__suppress_context__}")
        for note in getattr(e, "__notes__", []):
            print(f"   note: {note}")
        print(f"   isinstance ValueError={isinstance(e, ValueError)} KeyError={isinstance(e, KeyError)}")

try:
    load(CASES["missing"])
except KeyError as e:
    print("caught as KeyError:", e.args, str(e))
try:
    load(CASES["bad-type"])
except ValueError as e:
    print("caught as ValueError:", e, "| chained from", type(e.__context__).__name__)

try:
    try:
        load(CASES["bad-line"])
    except ParseError as e:
        raise RuntimeError("startup aborted") from e
except RuntimeError as outer:
    chain = []
    exc = outer
    while exc is not None:
        chain.append(type(exc).__name__)
        exc = exc.__cause__ or exc.__context__
    print("chain:", " <- ".join(chain))

try:
    raise ValidationError("explicit", source="cli") from None
except ConfigError as e:
    print(e, e.__cause__, e.__suppress_context__, e.source)


def startup():
    try:
        return load(CASES["bad-line"])
    except ConfigError as e:
        e.add_note("hint: run with --check-config")
        raise SystemError("could not start") from e


startup()
