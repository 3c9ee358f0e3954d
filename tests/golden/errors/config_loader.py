"""Config loading with an exception hierarchy, chaining (raise from), notes and an uncaught error."""
from dataclasses import dataclass
from typing import Any


class ConfigError(Exception):
    """Base class for configuration problems."""


class ParseError(ConfigError):
    def __init__(self, line: int, text: str, reason: str):
        super().__init__(f"line {line}: {reason}: {text!r}")
        self.line = line


class ValidationError(ConfigError):
    pass


class MissingKey(ValidationError, KeyError):
    def __str__(self) -> str:
        return f"required key {self.args[0]!r} is missing"


def parse(text: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    section = ""
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip() + "."
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise ParseError(n, raw, "expected key = value")
        key, value = key.strip(), value.strip()
        try:
            out[section + key] = int(value)
        except ValueError:
            if value.lower() in ("true", "false"):
                out[section + key] = value.lower() == "true"
            elif value.startswith('"'):
                if not value.endswith('"') or len(value) == 1:
                    raise ParseError(n, raw, "unterminated string") from None
                out[section + key] = value[1:-1]
            else:
                out[section + key] = value
    return out


@dataclass
class ServerConfig:
    host: str
    port: int
    workers: int
    debug: bool = False

    @classmethod
    def from_mapping(cls, m: dict[str, Any]) -> "ServerConfig":
        try:
            port = m["server.port"]
            host = m["server.host"]
        except KeyError as e:
            raise MissingKey(e.args[0]) from e
        if not isinstance(port, int) or not 0 < port < 65536:
            raise ValidationError(f"bad port {port!r}")
        workers = m.get("server.workers", 4)
        try:
            per_worker = 1000 // workers
        except ZeroDivisionError as e:
            raise ValidationError("workers must be non-zero") from e
        print(f"  {per_worker} connections per worker")
        return cls(host, port, workers, m.get("debug", False))


def load(name: str, text: str) -> ServerConfig:
    try:
        return ServerConfig.from_mapping(parse(text))
    except ConfigError as e:
        e.add_note(f"while loading {name}")
        raise


SOURCES = {
    "good.ini": '# server\ndebug = true\n[server]\nhost = "example.org"\nport = 8080\nworkers = 8\n',
    "noport.ini": '[server]\nhost = localhost\n',
    "badport.ini": '[ server ]\nhost = x\nport = 99999\n',
    "zero.ini": '[server]\nhost=a\nport=1\nworkers=0\n',
    "syntax.ini": '[server]\nhost "a"\n',
    "string.ini": '[server]\nhost = "open\n',
}
for name, text in SOURCES.items():
    try:
        print(name, "->", load(name, text))
    except MissingKey as e:
        print(name, "-> missing:", e, "| cause:", repr(e.__cause__), "| notes:", e.__notes__)
    except ValidationError as e:
        print(name, "-> invalid:", e, "| cause:", type(e.__cause__).__name__, "| ctx:", e.__context__ is e.__cause__)
    except ConfigError as e:
        print(name, "-> error:", e, "| suppress:", e.__suppress_context__, "| ctx:", type(e.__context__).__name__)
print(issubclass(MissingKey, KeyError), MissingKey.__mro__[1].__name__, ConfigError.__doc__)
print(repr(MissingKey("x")), str(KeyError("x")), MissingKey("k").args)
load("final.ini", "[server]\nport = 80\n")
