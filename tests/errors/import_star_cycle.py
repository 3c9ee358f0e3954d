# expect: 2:1: 'from error_modules.cycle_b import * in an import cycle' is not supported by aiocc
# expect-file: error_modules/cycle_a.py
# A star import needs the names its module binds; in an import cycle they are not known yet.
from error_modules.cycle_b import *
