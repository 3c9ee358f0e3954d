# A config loader typed with TypedDict: instances are plain dicts; the classes carry their
# merged annotations, required and optional keys; total=False, Required/NotRequired,
# inheritance, the functional form, is_typeddict and the TypeError of isinstance().
from typing import Annotated, List, NotRequired, Optional, Required, TypedDict, is_typeddict


class ServerConfig(TypedDict):
    """Where to listen."""
    host: str
    port: int


class TLSConfig(TypedDict, total=False):
    cert: str
    key: str
    verify: Required[bool]


class AppConfig(ServerConfig, TLSConfig):
    name: str
    workers: NotRequired[int]
    tags: Annotated[List[str], "labels"]
    debug: Annotated[NotRequired[bool], "dev only"]


Limits = TypedDict("Limits", {"rps": int, "burst": Optional[int], "note": "str"}, total=False)


def check(cls, data: dict) -> List[str]:
    problems = [f"missing {k}" for k in sorted(cls.__required_keys__) if k not in data]
    problems += [f"unknown {k}" for k in sorted(data) if k not in cls.__annotations__]
    return problems


def load(raw: dict) -> AppConfig:
    cfg = AppConfig(host=raw.get("host", "0.0.0.0"), port=int(raw.get("port", 8080)), verify=True,
                    name=raw["name"], tags=list(raw.get("tags", [])))
    if "workers" in raw:
        cfg["workers"] = int(raw["workers"])
    return cfg


for cls in (ServerConfig, TLSConfig, AppConfig, Limits):
    print(cls.__name__, cls.__total__, sorted(cls.__required_keys__), sorted(cls.__optional_keys__))
    print("  ", cls.__annotations__)
print(ServerConfig.__doc__, AppConfig.__mro__, AppConfig.__bases__, type(AppConfig))
print(ServerConfig, Limits, Limits.__module__, Limits.__qualname__)
cfg = load({"name": "api", "port": "9000", "workers": "4", "tags": ("a", "b")})
print(cfg, type(cfg), type(cfg) is dict, len(cfg), cfg == dict(cfg))
print(check(AppConfig, cfg), check(AppConfig, {"host": "h", "extra": 1}))
limits: Limits = Limits(rps=10)
limits.setdefault("burst", None)
print(limits, check(Limits, limits))
print(ServerConfig({"host": "x", "port": 1}), ServerConfig([("host", "y")], port=2), ServerConfig())
print(is_typeddict(AppConfig), is_typeddict(Limits), is_typeddict(dict), is_typeddict(cfg), is_typeddict(TypedDict))
print(issubclass(AppConfig, dict), isinstance(cfg, dict))
for label, f in [("isinstance", lambda: isinstance(cfg, AppConfig)), ("issubclass", lambda: issubclass(dict, Limits)),
                 ("tuple", lambda: isinstance(cfg, (dict, AppConfig))), ("tuple2", lambda: isinstance(cfg, (int, AppConfig)))]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, type(e).__name__, e)
match cfg:
    case {"name": str(name), "port": int(port)}:
        print("matched", name, port)
try:
    match cfg:
        case AppConfig():
            print("no")
except TypeError as e:
    print("class pattern:", e)
