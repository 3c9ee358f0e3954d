"""types.SimpleNamespace (Objects/namespaceobject.c), for the library modules that return
one: sys.implementation, time.get_clock_info."""

from _aiocc import builtin_type as _builtin_type

_repr_running = set()  # the namespaces whose repr is being made


class SimpleNamespace:  # cpython: builtin
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""
    __module__ = 'types'

    def __init__(self, /, *args, **kwargs):  # cpython: builtin
        if args:
            raise TypeError("no positional arguments expected")
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):  # cpython: builtin
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_running:  # Py_ReprEnter
            return name + "(...)"
        _repr_running.add(id(self))
        try:
            items = ", ".join("%s=%r" % (key, value) for key, value in self.__dict__.items()
                              if isinstance(key, str) and key)
        finally:
            _repr_running.discard(id(self))
        return "%s(%s)" % (name, items)

    def __eq__(self, other):  # cpython: builtin
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


_builtin_type(SimpleNamespace, 'types.SimpleNamespace')
