# A built-in type's __dict__ (and vars()): its own names, as CPython's, so that the
# __subclasshook__ idiom of walking C.__mro__ and testing name in B.__dict__ works (object included).
def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class Closeable:
    def close(self): pass


class NoClose:
    close = None


print(_check_methods(Closeable, "close"), _check_methods(NoClose, "close"), _check_methods(int, "close"))
print(_check_methods(int, "__add__"), _check_methods(list, "append", "__len__"), _check_methods(str, "upper"))
print("__init__" in object.__dict__, "append" in list.__dict__, "append" in tuple.__dict__, "__hash__" in list.__dict__)
print(list.__dict__["__hash__"], type(vars(int)).__name__, len(dict.__dict__) > 10, "keys" in vars(dict))
print("__doc__" in Exception.__dict__, sorted(k for k in vars(ValueError)))
