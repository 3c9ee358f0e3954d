# expect: 5:12: 'dataclass(slots=...)' is not supported by aiocc
from dataclasses import dataclass


@dataclass(slots=True)
class P:
    x: int
