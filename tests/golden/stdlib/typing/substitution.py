import typing
import collections.abc
T = typing.TypeVar("T")
K = typing.TypeVar("K")
P = typing.ParamSpec("P")
def show(text, f):
    try:
        print(text, '->', repr(f()))
    except Exception as e:
        print(text, '->', type(e).__name__, e)
show("list[T][int]", lambda: list[T][int])
show("dict[K, T][str, int]", lambda: dict[K, T][str, int])
show("dict[str, T][int]", lambda: dict[str, T][int])
show("typing.Dict[K, T][str, int]", lambda: typing.Dict[K, T][str, int])
show("typing.List[T][int]", lambda: typing.List[T][int])
show("typing.List[int][int]", lambda: typing.List[int][int])
show("typing.Callable[[T], T][int]", lambda: typing.Callable[[T], T][int])
show("typing.Callable[[T], T].__parameters__", lambda: typing.Callable[[T], T].__parameters__)
show("collections.abc.Callable[[T], T][int]", lambda: collections.abc.Callable[[T], T][int])
show("collections.abc.Callable[[T], K][int, str]", lambda: collections.abc.Callable[[T], K][int, str])
show("collections.abc.Callable[[int], str].__args__", lambda: collections.abc.Callable[[int], str].__args__)
show("collections.abc.Sequence[T][int]", lambda: collections.abc.Sequence[T][int])
show("typing.Sequence[T][int]", lambda: typing.Sequence[T][int])
show("typing.Optional[T][int]", lambda: typing.Optional[T][int])
show("typing.Union[T, str][int]", lambda: typing.Union[T, str][int])
show("list[T][int, str]", lambda: list[T][int, str])
show("typing.Tuple[T, ...][int]", lambda: typing.Tuple[T, ...][int])
show("tuple[T, K][int, str]", lambda: tuple[T, K][int, str])
show("typing.Mapping[str, typing.List[T]][int]", lambda: typing.Mapping[str, typing.List[T]][int])
show("typing.Dict[str, T][None]", lambda: typing.Dict[str, T][None])
show("typing.List[T]['Node']", lambda: typing.List[T]["Node"])
show("typing.Generic[T][int]", lambda: typing.Generic[T][int])
show("(int | T)[str]", lambda: (int | T)[str])
show("(int | T)[int]", lambda: (int | T)[int])
show("typing.Union[T, K][int, int]", lambda: typing.Union[T, K][int, int])
show("typing.Dict[str, int][int]", lambda: typing.Dict[str, int][int])
show("dict[str, int][int]", lambda: dict[str, int][int])
show("typing.Callable[..., T][int]", lambda: typing.Callable[..., T][int])
show("collections.abc.Callable[..., T][int]", lambda: collections.abc.Callable[..., T][int])
show("collections.abc.Callable[[T, K], T][int]", lambda: collections.abc.Callable[[T, K], T][int])


class Box(typing.Generic[T, K]):
    pass


Pair = Box[T, T]
show("Pair", lambda: Pair)
show("Pair.__parameters__", lambda: Pair.__parameters__)
show("Pair[int]", lambda: Pair[int])
show("Box[int, K][str]", lambda: Box[int, K][str])
show("Box[int, str][str]", lambda: Box[int, str][str])
Json = dict[str, "T"]
Table = list[tuple[T, K]]
show("Table[int, str]", lambda: Table[int, str])
show("Table[int]", lambda: Table[int])
show("list[T][None]", lambda: list[T][None])
show("list[T]['Node']", lambda: list[T]["Node"])
show("(int | T)['Node']", lambda: (int | T)["Node"])
show("(int | T)[None]", lambda: (int | T)[None])
show("collections.abc.Callable[[int], str][int]", lambda: collections.abc.Callable[[int], str][int])
