# expect: 9:16: 'super() in a NamedTuple class body' is not supported by aiocc
from typing import NamedTuple


class Point(NamedTuple):
    x: int

    def __repr__(self):
        return super().__repr__() + "!"
