# `from m import *` honours __all__ when present; without __all__ it binds every public name
# (not those starting with an underscore) including names the module imported itself.
from with_all import *
from without_all import *

found = []
for name in ("alpha", "beta", "gamma", "_hidden", "delta", "epsilon", "_private", "sys", "asyncio", "Point"):
    try:
        globals()[name]
        found.append(name)
    except KeyError:
        found.append("-" + name)
print(found)
print(alpha(), beta, delta(), epsilon)
print(Point(1, 2))
try:
    print(gamma)
except NameError as e:
    print(e)
try:
    print(_private)
except NameError as e:
    print(e)
