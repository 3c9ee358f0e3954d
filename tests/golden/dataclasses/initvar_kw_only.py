# InitVar fields after KW_ONLY (or under kw_only=True) are keyword-only; a ClassVar's kw_only stays MISSING.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar


@dataclass
class C:
    a: int
    _: KW_ONLY
    s: InitVar[str] = ""
    b: int = 2
    count: ClassVar[int] = 0

    def __post_init__(self, s):
        print("post_init", repr(s))


print(C(1, s="x", b=3))
try:
    C(1, "x")
except TypeError as e:
    print("TypeError:", e)
import dataclasses
print([(f.name, f.kw_only) for f in fields(C)], C.__dataclass_fields__["count"].kw_only is dataclasses.MISSING, C.__dataclass_fields__["s"].kw_only)


@dataclass(kw_only=True)
class D:
    x: int
    v: InitVar[int] = 0

    def __post_init__(self, v):
        print("v", v)


print(D(x=1, v=2))
try:
    D(1)
except TypeError as e:
    print("TypeError:", e)
