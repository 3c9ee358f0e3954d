# expect: 5:24: 'dataclass(weakref_slot=...)' is not supported by aiocc
from dataclasses import dataclass


@dataclass(slots=True, weakref_slot=True)
class P:
    x: int
