# expect: 2:20: 'typing.get_type_hints' is not supported by aiocc
from typing import get_type_hints
