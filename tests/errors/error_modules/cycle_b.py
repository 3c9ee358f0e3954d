# The other half of the cycle.
from error_modules.cycle_a import *
