# expect: 4:8: No module named 'no_such_module_xyz'
# A module that exists nowhere, imported outside any handler of ImportError: CPython's
# ModuleNotFoundError, as a compile-time error at the import.
import no_such_module_xyz
