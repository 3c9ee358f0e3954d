# expect: 2:18: 'enum.FlagBoundary' is not supported by aiocc
from enum import FlagBoundary
