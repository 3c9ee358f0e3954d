"""A config loader with an exception hierarchy, raise from, notes and an uncaught chained error."""


class ConfigError(Exception):
    """Base class for configuration problems."""

    def __init__(self, message, *, key=None, line=None):
        super().__init__(message)
        self.key = key
        self.line = line

    def __str__(self):
        where = []
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.key is not None:
            where.append(f"key {self.key!r}")
        base = super().__str__()
        return f"{base} ({', '.join(where)})" if where else base


class ParseError(ConfigError):
    pass


class ValidationError(ConfigError):
    pass


class MissingKey(ValidationError, KeyError):
    pass


CONFIG = """\
# service configuration
name = inventory
port = 8080
workers = four
timeout = 2.5
debug = yes
[broken line
retries = -1
"""

SCHEMA = {"name": str, "port": int, "workers": int, "timeout": float, "debug": bool, "retries": int,
          "region": str}


def parse(text):
    values = {}
    errors = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        key, sep, value = line.partition("=")
        if not sep:
            errors.append(ParseError("expected key = value", line=n))
            continue
        values[key.strip()] = (value.strip(), n)
    return values, errors


def convert(key, value, kind, n):
    try:
        if kind is bool:
            if value.lower() not in ("yes", "no", "true", "false"):
                raise ValueError(f"not a boolean: {value!r}")
            return value.lower() in ("yes", "true")
        result = kind(value)
        if kind is int and result < 0:
            raise ValueError("must be non-negative")
        return result
    except ValueError as e:
        raise ValidationError(f"bad value for {kind.__name__}", key=key, line=n) from e


def load(text):
    values, errors = parse(text)
    config = {}
    for key, kind in SCHEMA.items():
        if key not in values:
            errors.append(MissingKey("required key missing", key=key))
            continue
        value, n = values[key]
        try:
            config[key] = convert(key, value, kind, n)
        except ValidationError as e:
            e.add_note(f"hint: {key} expects {kind.__name__}")
            errors.append(e)
    return config, errors


def main():
    config, errors = load(CONFIG)
    print("loaded:", config)
    for e in errors:
        cause = e.__cause__
        print(f"- {type(e).__name__}: {e}")
        if cause is not None:
            print(f"    caused by {type(cause).__name__}: {cause}")
        for note in getattr(e, "__notes__", []):
            print(f"    note: {note}")
    missing = [e for e in errors if isinstance(e, KeyError)]
    print("missing keys:", [e.key for e in missing], "| is ConfigError:", all(isinstance(e, ConfigError) for e in missing))
    print("mro:", [c.__name__ for c in MissingKey.__mro__])
    print("repr:", repr(errors[0]), "| args:", errors[0].args)
    try:
        raise MissingKey("gone", key="x")
    except KeyError as e:
        print("caught as KeyError:", e, "| str of plain KeyError:", str(KeyError("x")))
    if errors:
        first_validation = next(e for e in errors if isinstance(e, ValidationError) and e.__cause__)
        raise SystemExit(f"configuration invalid: {len(errors)} problem(s)") from first_validation


main()
