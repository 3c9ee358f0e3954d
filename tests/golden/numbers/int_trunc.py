# int() falls back to __trunc__ (deprecated in 3.11: a DeprecationWarning per call site).
class T:
    def __trunc__(self): return 7
class U:
    def __trunc__(self): return "x"
class I:
    def __index__(self): return 3
    def __trunc__(self): return 9
print(int(T()))
print(int(T()))
print(int(I()))
try: int(U())
except TypeError as e: print(e)
