from dataclasses import dataclass, field, asdict, fields, replace
from typing import NamedTuple, Any


@dataclass(slots=True, frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def bump(self, part="patch"):
        return replace(self, **{part: getattr(self, part) + 1})

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass(eq=False, repr=False)
class Handle:
    name: str

    def __repr__(self):
        return f"<Handle {self.name}>"


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass
class Package:
    name: str
    version: Version
    deps: list["Package"] = field(default_factory=list)
    opts: Options = field(default_factory=Options)


class Dep(NamedTuple):
    name: str
    spec: str = "*"


v = Version(1, 2)
print(v, repr(v), v.bump(), v.bump("minor"), v.bump("major") > v, sorted([Version(2), v, Version(1, 10)]))
print(hasattr(v, "__dict__"), Version.__slots__, Version.__match_args__, hash(v) == hash(Version(1, 2)))
h1, h2 = Handle("a"), Handle("a")
print(h1 == h2, h1 == h1, h1, len({h1, h2}))
o = Options(level=3)
print(o, o == Options(level=3, extra={"x": 1}))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
core = Package("core", Version(0, 1))
app = Package("app", Version(2, 0, 5), [core], Options(verbose=True))
print(app)
print(asdict(app))
print([f.name for f in fields(Package)], [f.default for f in fields(Version)][1:])
print([Dep("x"), Dep("y", ">=2")], Dep("x")._replace(spec="1.0"), Dep._fields)
match app:
    case Package(name, Version(major=2) as ver, [Package(name=dep)]):
        print("matched", name, ver, dep)
try:
    v.major = 9
except Exception as e:
    print(type(e).__name__, e)
print(Version(1) == Version(1, 0, 0), Version(1) < Version(1, 0, 1), Version(1) == (1, 0, 0))
Version(1) < (1, 0)
