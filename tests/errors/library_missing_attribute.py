# expect: 4:7: 'contextlib.asynccontextmanager' is not supported by aiocc
# A name CPython's contextlib has that aiocc's library module does not: refused by name.
import contextlib
print(contextlib.asynccontextmanager)
