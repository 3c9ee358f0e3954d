def f():
    from error_modules.helper import *
