# expect: 2:8: 'binding the imported module name 'functools' to something else' is not supported by aiocc
import functools
import time as functools
print(functools.time() > 0)
