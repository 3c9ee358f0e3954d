# expect: 3:1: attempted relative import with no known parent package
# The script is no package: a relative import in it has no parent.
from . import sibling
