# expect: 2:20: 'typing.NamedTuple' is not supported by aiocc
from typing import NamedTuple
