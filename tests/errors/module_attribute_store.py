# expect: 4:1: 'assigning to an attribute of the module 'math'' is not supported by aiocc
# aiocc's modules are values now, but their attributes are the runtime's: not assigned.
import math
math.pi = 3
