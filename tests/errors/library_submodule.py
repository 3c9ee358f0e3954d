# expect: 3:8: 'import collections.abc' is not supported by aiocc
# A submodule of a package CPython has, which aiocc's library module lacks.
import collections.abc
