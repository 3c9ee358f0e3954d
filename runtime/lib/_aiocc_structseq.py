"""CPython's struct sequences (Objects/structseq.c) for aiocc's library modules: a tuple of
the visible fields, the others attributes only, each field a read-only member descriptor.
A type says its name and fields as class attributes:

    class stat_result(structseq):
        _type_name = 'os.stat_result'
        _fields = ('st_mode', ..., None, ...)   # every field in order; None for an unnamed one
        n_sequence_fields = 10                  # how many the tuple holds
        n_fields = 19
        n_unnamed_fields = 3
        st_mode = member('os.stat_result', 0, 'st_mode', "protection bits")
"""

_absent = object()


class member:  # cpython: builtin
    def __init__(self, owner, index, name, doc):
        self.owner = owner
        self.index = index
        self.name = name
        self.__doc__ = doc

    def __get__(self, obj, cls=None):  # cpython: builtin
        if obj is None:
            return self
        if self.index < len(obj):
            return tuple.__getitem__(obj, self.index)
        return obj._extra[self.index - len(obj)]

    def __set__(self, obj, value):  # cpython: builtin
        raise AttributeError("readonly attribute")

    def __repr__(self):  # cpython: builtin
        return "<member '%s' of '%s' objects>" % (self.name, self.owner)


class structseq(tuple):  # cpython: builtin
    _type_name = ''
    _fields = ()
    n_sequence_fields = 0
    n_fields = 0
    n_unnamed_fields = 0

    def __new__(cls, sequence=_absent, dict=None):  # cpython: builtin
        if sequence is _absent:
            raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
        try:
            items = list(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError("%s() takes a dict as second arg, if any" % cls._type_name)
        n = len(items)
        visible, total = cls.n_sequence_fields, cls.n_fields
        if n < visible:
            if visible == total:
                raise TypeError("%s() takes a %d-sequence (%d-sequence given)" % (cls._type_name, visible, n))
            raise TypeError("%s() takes an at least %d-sequence (%d-sequence given)" % (cls._type_name, visible, n))
        if n > total:
            if visible == total:
                raise TypeError("%s() takes a %d-sequence (%d-sequence given)" % (cls._type_name, visible, n))
            raise TypeError("%s() takes an at most %d-sequence (%d-sequence given)" % (cls._type_name, total, n))
        self = tuple.__new__(cls, items[:visible])
        extra = items[visible:]
        for field in cls._fields[n:]:
            extra.append(None if dict is None else dict.get(field))
        object.__setattr__(self, '_extra', extra)
        return self

    def __setattr__(self, name, value):  # cpython: builtin
        if name in self._fields:
            raise AttributeError("readonly attribute")
        raise AttributeError("'%s' object has no attribute '%s'" % (self._type_name, name))

    def __repr__(self):  # cpython: builtin
        fields = ", ".join("%s=%r" % (name, value) for name, value in zip(self._fields, self))
        return "%s(%s)" % (self._type_name, fields)

    def __reduce__(self):  # cpython: builtin
        names = self._fields[self.n_sequence_fields:]
        return (type(self), (tuple(self), dict(zip(names, self._extra))))
