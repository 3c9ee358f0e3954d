# expect: 7:20: 'subclassing typing.Sequence' is not supported by aiocc
from typing import Generic, Sequence, TypeVar

T = TypeVar("T")


class LinkedList(Sequence[T]):
    def __len__(self):
        return 0
