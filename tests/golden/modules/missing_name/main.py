# `from helper import nope` for a name the module lacks: the caught ImportError's message and
# .name; the module itself stays imported; a missing submodule of a package.
try:
    from helper import nope
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name)
try:
    from helper import present, also_missing
except ImportError as e:
    print(type(e).__name__, e)
import helper
print(helper.present)
try:
    from pkg import missing_sub
except ImportError as e:
    print(type(e).__name__, e)
