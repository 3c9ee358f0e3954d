"""INI-style config parser with typed accessors, interpolation and validation."""
from typing import Any, Callable, Iterator
import sys

CONFIG = r"""
; global settings
[server]
host = example.org
port = 8080
debug = yes
base_url = http://${host}:${port}/api

[database]
# credentials are fake
user     = admin
password = "s3cr3t ; not a comment"
pool     = 4
timeout  = 2.5

[paths]
root = /srv/app
logs = ${root}/logs
cache = ${root}/cache
tmp
"""


class ConfigError(Exception):
    pass


class Section:
    def __init__(self, name: str) -> None:
        self.name = name
        self._data: dict[str, str] = {}

    def __setitem__(self, key: str, value: str) -> None:
        self._data[key.lower()] = value

    def __getitem__(self, key: str) -> str:
        try:
            raw = self._data[key.lower()]
        except KeyError:
            raise ConfigError(f"[{self.name}] has no option {key!r}") from None
        return self._interpolate(raw, depth=0)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._data

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def _interpolate(self, raw: str, depth: int) -> str:
        if depth > 5:
            raise ConfigError("interpolation too deep")
        while (start := raw.find("${")) != -1:
            end = raw.index("}", start)
            name = raw[start + 2:end]
            raw = raw[:start] + self._interpolate(self._data[name], depth + 1) + raw[end + 1:]
        return raw

    def get(self, key: str, conv: Callable[[str], Any] = str, default: Any = None) -> Any:
        return conv(self[key]) if key in self else default

    def __repr__(self) -> str:
        return f"<Section {self.name} keys={list(self._data)}>"


BOOLS = {"yes": True, "true": True, "on": True, "1": True, "no": False, "false": False, "off": False}


def as_bool(s: str) -> bool:
    try:
        return BOOLS[s.lower()]
    except KeyError:
        raise ValueError(f"not a boolean: {s!r}")


def parse(text: str) -> dict[str, Section]:
    sections: dict[str, Section] = {}
    current = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), Section(line[1:-1].strip()))
            continue
        if current is None:
            raise ConfigError(f"line {lineno}: option outside section")
        key, sep, value = line.partition("=")
        if not sep:
            print(f"warning: line {lineno}: {line!r} has no value", file=sys.stderr)
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        current[key.strip()] = value
    return sections


cfg = parse(CONFIG)
print(list(cfg), cfg["paths"])
srv = cfg["server"]
print(srv["HOST"], srv.get("port", int) + 1, srv.get("debug", as_bool), srv["base_url"])
db = cfg["database"]
print(f"{db['user']}:{'*' * len(db['password'])} pool={db.get('pool', int)} "
      f"timeout={db.get('timeout', float):.1f}s retries={db.get('retries', int, 3)}")
print(db["password"])
for name, sec in cfg.items():
    print(f"[{name}]", ", ".join(f"{k}={sec[k]}" for k in sec))
try:
    srv.get("host", as_bool)
except ValueError as e:
    print("ValueError:", e)
try:
    db["missing"]
except ConfigError as e:
    print("ConfigError:", e, e.__cause__, e.__suppress_context__)
print(cfg["paths"].get("logs", lambda p: p.split("/")))
port = cfg["server"].get("port", int)
if port != 80:
    sys.exit(f"refusing to start on port {port}")
