# pow() with three arguments: __pow__ of the base only, then the built-in slots' errors.
class V:
    def __rpow__(self, o): return "rpow"
class P:
    def __pow__(self, e, m=None): return ("pow", e, m)
class N:
    def __pow__(self, e, m=None): return NotImplemented
for args in [(2, V(), 5), (P(), 2, 3), (2, 3, 5.0), (2.0, 3, 5), (2, 3, 'x'), (1j, 2, 3), (2, 3, 1j), ('a', 2, 3), (N(), 2, 3), (2, 3, V())]:
    try: print(pow(*args))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(2 ** V(), pow(2, V()))
