from dataclasses import dataclass, field, KW_ONLY, InitVar, is_dataclass
from typing import TypedDict, NamedTuple, ClassVar


class Limits(NamedTuple):
    lo: int
    hi: int

    def __repr__(self):
        return f"[{self.lo}..{self.hi}]"


class RawConfig(TypedDict):
    name: str
    limits: tuple
    retries: int


@dataclass
class Config:
    name: str
    limits: Limits
    _: KW_ONLY
    retries: int = 3
    verbose: bool = False
    secret: InitVar[str] = ""
    registry: ClassVar[list] = []
    masked: str = field(init=False, default="")

    def __post_init__(self, secret):
        self.masked = "*" * len(secret)
        Config.registry.append(self.name)

    @classmethod
    def from_raw(cls, raw: RawConfig, **kw):
        return cls(raw["name"], Limits(*raw["limits"]), retries=raw["retries"], **kw)


raw: RawConfig = {"name": "svc", "limits": (1, 9), "retries": 5}
c = Config.from_raw(raw, secret="hunter2")
print(c)
c2 = Config("db", Limits(0, 1), verbose=True)
print(c2, Config.registry)
print(is_dataclass(c), is_dataclass(Config), is_dataclass(Limits))
print(sorted(RawConfig.__annotations__))
print(list(RawConfig.__annotations__))
print(Limits(2, 3), Limits(2, 3)._asdict())
try:
    Config("x", Limits(0, 0), 4)
except TypeError as e:
    print("TypeError:", e)
try:
    Config()
except TypeError as e:
    print("TypeError:", e)
print(c == Config("svc", Limits(1, 9), retries=5, secret="abcdefg"))
print(c.__dataclass_fields__.keys())
Config.from_raw({"name": "bad", "limits": (1,), "retries": 0})
