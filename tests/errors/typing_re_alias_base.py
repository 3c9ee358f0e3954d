# expect: 7:15: 'subclassing typing.Pattern' is not supported by aiocc
from typing import Pattern, TypeVar

T = TypeVar("T")


class Matcher(Pattern[T]):
    pass
