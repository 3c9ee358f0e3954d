# expect: 3:35: cannot import name 'absent' from 'error_modules.helper' ({DIR}/error_modules/helper.py)
# A name the module never binds: CPython's ImportError, at compile time.
from error_modules.helper import present, absent
