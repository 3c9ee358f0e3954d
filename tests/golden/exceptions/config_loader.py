class ConfigError(Exception):
    def __init__(self, key, msg):
        super().__init__(f"{key}: {msg}")
        self.key = key


class MissingKey(ConfigError, KeyError):
    pass


def parse_port(raw):
    try:
        port = int(raw)
    except ValueError as e:
        raise ConfigError("port", f"not a number ({raw!r})") from e
    if not 0 < port < 65536:
        raise ConfigError("port", "out of range")
    return port


def load(cfg):
    errors = []
    for key in ("host", "port", "debug"):
        try:
            if key not in cfg:
                raise MissingKey(key, "missing")
            if key == "port":
                cfg[key] = parse_port(cfg[key])
        except ConfigError as e:
            e.add_note(f"while loading {key!r}")
            errors.append(e)
        else:
            print(f"  ok {key}")
        finally:
            print(f"  checked {key}")
    if errors:
        raise ExceptionGroup("invalid config", errors)
    return cfg


for cfg in [{"host": "h", "port": "80", "debug": False}, {"port": "http"}, {"host": "x", "port": 70000, "debug": 1}]:
    try:
        print(load(dict(cfg)))
    except ExceptionGroup as eg:
        print(eg, len(eg.exceptions))
        for e in eg.exceptions:
            print(" ", type(e).__name__, e, e.__notes__, type(e.__cause__).__name__, isinstance(e, KeyError))
        match_, rest = eg.split(MissingKey)
        print(" split:", match_ and [str(x) for x in match_.exceptions], rest and [str(x) for x in rest.exceptions])
        sub = eg.subgroup(lambda e: getattr(e, "key", None) == "port")
        print(" sub:", sub and sub.exceptions)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("lookup failed")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__, e.__cause__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__suppress_context__, e.__cause__, e.__context__)
e = MissingKey("k", "gone")
print(str(e), repr(e), e.args, MissingKey.__mro__[1:3])
load({"port": "0"})
