"""What aiocc's logging (CPython's logging/__init__.py) takes from
weakref, threading, collections.abc (is_mapping), types and string.Formatter: the parts logging uses, for
aiocc's programs (one thread, one process, no weak references yet)."""

from _aiocc import (frames as _aiocc_frames,
                    getpid as _getpid, is_mapping as _is_mapping,
                    generic_alias as GenericAlias)


class _Frame:  # cpython: builtin
    """A frame as logging reads it: f_code.co_filename, co_name, f_lineno, f_back."""

    def __init__(self, entries, index):  # cpython: builtin
        filename, lineno, name, line, _ = entries[index]
        self.f_code = self
        self.co_filename = filename
        self.co_name = name
        self.f_lineno = lineno
        self.line = line
        self._entries = entries
        self._index = index

    @property
    def f_back(self):  # cpython: builtin
        if self._index + 1 < len(self._entries):
            return _Frame(self._entries, self._index + 1)
        return None


def _frames(depth):  # cpython: builtin
    """sys._getframe(depth) of the function calling this one's caller."""
    entries = _aiocc_frames()
    if depth >= len(entries):
        return None
    return _Frame(entries, depth)


class _WeakRef:  # cpython: builtin
    def __init__(self, obj, callback=None):  # cpython: builtin
        self._obj = obj

    def __call__(self):  # cpython: builtin
        return self._obj


class weakref:  # cpython: builtin
    WeakValueDictionary = dict
    WeakSet = set
    ref = _WeakRef


class _RLock:  # cpython: builtin
    def acquire(self, blocking=True, timeout=-1):  # cpython: builtin
        return True

    def release(self):  # cpython: builtin
        pass

    def __enter__(self):  # cpython: builtin
        return True

    def __exit__(self, *exc_info):  # cpython: builtin
        return None

    def _at_fork_reinit(self):  # cpython: builtin
        pass


class _MainThread:  # cpython: builtin
    name = 'MainThread'


class threading:  # cpython: builtin
    RLock = _RLock

    @staticmethod
    def get_ident():  # cpython: builtin
        return _getpid()

    @staticmethod
    def current_thread():  # cpython: builtin
        return _MainThread


class StrFormatter:  # cpython: builtin
    """string.Formatter's parse(): _string.formatter_parser."""

    def parse(self, format_string):  # cpython: builtin
        out = []
        literal = []
        i = 0
        n = len(format_string)
        while i < n:
            c = format_string[i]
            if c == '{':
                if i + 1 < n and format_string[i + 1] == '{':
                    literal.append('{')
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if format_string[j] == '{':
                        depth += 1
                    elif format_string[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = format_string[i + 1:j - 1]
                name, conversion, spec = _split_field(field)
                out.append((''.join(literal), name, spec, conversion))
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and format_string[i + 1] == '}':
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            out.append((''.join(literal), None, None, None))
        return out


def _split_field(field):  # cpython: builtin
    """A replacement field's name, conversion and format spec (MarkupIterator's parse_field)."""
    k = 0
    bracket = False
    while k < len(field):
        c = field[k]
        if c == '[':
            bracket = True
        elif c == ']':
            bracket = False
        elif not bracket and c in '!:':
            break
        k += 1
    name = field[:k]
    conversion = None
    spec = ''
    if k < len(field):
        if field[k] == '!':
            if k + 1 >= len(field):
                raise ValueError("end of string while looking for conversion specifier")
            conversion = field[k + 1]
            k += 2
            if k < len(field):
                if field[k] != ':':
                    raise ValueError("expected ':' after conversion specifier")
                spec = field[k + 1:]
        else:
            spec = field[k + 1:]
    return name, conversion, spec
