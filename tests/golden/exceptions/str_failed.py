# An uncaught exception whose __str__ raises prints <exception str() failed>, as CPython.
class R(Exception):
    def __init__(self, r): self.r = r
    def __str__(self): return f"HTTP {self.status}"
try:
    raise R(1)
except R as e:
    print(repr(e))
raise R(30)
