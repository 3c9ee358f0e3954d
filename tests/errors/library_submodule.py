# expect: 3:8: 'import logging.handlers' is not supported by aiocc
# A submodule of a package CPython has, which aiocc's library module lacks.
import logging.handlers
