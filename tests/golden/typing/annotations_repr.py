# What typing constructs look like at runtime: reprs of annotations stored on functions and
# classes, get_origin/get_args, and Optional collapsing to a Union.
from typing import Any, Callable, Dict, List, Optional, Tuple, Union, get_args, get_origin


class Order:
    id: int
    items: list[str]
    notes: Optional[str]
    meta: Dict[str, Any]
    total: float = 0.0


def route(path: str, handler: Callable[[str], int], *, methods: Tuple[str, ...] = ("GET",)) -> Union[int, None]:
    return handler(path) if "GET" in methods else None


def merge(a: dict[str, list[int]], b: int | str) -> List[int]:
    return []


for name, ann in Order.__annotations__.items():
    print(f"{name}: {ann!r}")
for name, ann in route.__annotations__.items():
    print(f"{name}: {ann}")
print(merge.__annotations__)
print(route("/x", len), route("/y", len, methods=("POST",)))
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]))
print(get_origin(Union[int, str]) is Union, get_args(Callable[[int, str], bool]))
print(Optional[int] == Union[int, None], Union[int, int] == int, Union[int, str] == Union[str, int])
print(list[int], dict[str, tuple[int, ...]], int | None, get_args(int | str))
print(Order.total, hasattr(Order, "id"), "id" in Order.__annotations__)
print(Tuple[int, str], Callable[..., Any], Any)
