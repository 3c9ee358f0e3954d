# expect: 5:12: 'subclassing enum.EnumType' is not supported by aiocc
from enum import EnumType


class Kind(EnumType):
    pass
