# dataclass(frozen=True, slots=True) adds __getstate__/__setstate__, as _add_slots does for pickling.
from dataclasses import dataclass
@dataclass(frozen=True, slots=True)
class P:
    a: int
    b: str = 'x'
print(list(vars(P)))
p=P(1)
print(P.__getstate__.__name__, p.__getstate__())
q=P.__new__(P); q.__setstate__([5,'y']); print(q)
@dataclass(slots=True)
class Q:
    b: int
    a: int = 0
print(list(vars(Q)), Q.__doc__, P.__doc__)
