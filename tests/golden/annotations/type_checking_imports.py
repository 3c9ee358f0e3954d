from __future__ import annotations
import typing
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from collections.abc import Hashable, Sequence
    import os.path
    from mypkg.models import User as U
if typing.TYPE_CHECKING:
    import json
else:
    print("runtime branch")
def f(x: Hashable) -> U:
    return x
print(f(3))
def g():
    if TYPE_CHECKING:
        import re
    return re
try:
    g()
except UnboundLocalError as e:
    print(e)
try:
    print(json)
except NameError as e:
    print(e)
print(os)
