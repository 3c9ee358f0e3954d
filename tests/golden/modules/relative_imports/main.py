# Relative imports inside a package: `from . import sibling`, `from .sibling import x`, and
# `from ..util import helper` / `from .. import util` in a subpackage.
from pkg import core
from pkg.sub import deep

print(core.describe())
print(deep.run())
print(deep.helper is core.sibling_helper)
import pkg
print(sorted(n for n in ("core", "sibling", "util", "sub") if hasattr(pkg, n)))
print(pkg.sub.deep.__name__, pkg.sub.__package__, deep.__package__)
