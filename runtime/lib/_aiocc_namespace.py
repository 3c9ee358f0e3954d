"""types.SimpleNamespace (Objects/namespaceobject.c), for the library modules that return
one: sys.implementation, time.get_clock_info."""

from _aiocc import builtin_type as _builtin_type


class SimpleNamespace:  # cpython: builtin
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""
    __module__ = 'types'

    def __init__(self, /, **kwargs):  # cpython: builtin
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):  # cpython: builtin
        items = ", ".join("%s=%r" % (name, value) for name, value in self.__dict__.items())
        return "%s(%s)" % ("namespace" if type(self) is SimpleNamespace else type(self).__name__, items)

    def __eq__(self, other):  # cpython: builtin
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


_builtin_type(SimpleNamespace, 'types.SimpleNamespace')
