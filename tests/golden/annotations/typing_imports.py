# The common typing imports, TYPE_CHECKING guard, cast, Final, Sequence and Mapping.
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, Awaitable, Coroutine,
                    Iterable, Iterator, TypeVar, Generic, Final, ClassVar, cast, TYPE_CHECKING,
                    Sequence, Mapping)

if TYPE_CHECKING:
    from collections.abc import Hashable
    print("never printed")
else:
    print("TYPE_CHECKING is", TYPE_CHECKING)

LIMIT: Final = 3
Row = Tuple[str, int]


def top(rows: Sequence[Row], n: int = LIMIT) -> List[Row]:
    return sorted(rows, key=lambda r: (-r[1], r[0]))[:n]


def invert(m: Mapping[str, int]) -> Dict[int, List[str]]:
    out: Dict[int, List[str]] = {}
    for k, v in m.items():
        out.setdefault(v, []).append(k)
    return out


def chunks(items: Iterable[Any], size: int) -> Iterator[List[Any]]:
    buf: List[Any] = []
    for it in items:
        buf.append(it)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


raw: object = 41
n = cast(int, raw) + 1
s = cast("str", "cast to a string annotation")
print(n, s, cast(List[int], [1, 2]) is not None)
rows: List[Row] = [("b", 3), ("a", 3), ("c", 9), ("d", 1)]
print(top(rows), top(rows, 1))
print(invert({"x": 1, "y": 2, "z": 1}))
print(list(chunks(range(7), 3)))
print(list(chunks("abcde", 2)))
value: Union[int, str] = "text"
maybe: Optional[float] = None
print(value, maybe, LIMIT)
