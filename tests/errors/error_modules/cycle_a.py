# Half of an import cycle with a star import (tests/errors/import_star_cycle.py).
from error_modules.cycle_b import *
