"""Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
"""

# aiocc's struct: CPython's C module (Modules/_struct.c) written in Python, the floats' IEEE
# formats on the C side (_aiocc.float_pack/float_unpack). The machine is little-endian (x86-64
# Linux), so the native codes are the little-endian ones with C's sizes and alignment, and
# '<'/'=' share the native codes' functions where the sizes agree, as _struct.c arranges it
# (their range errors are the native ones).

from _aiocc import float_pack as _float_pack, float_unpack as _float_unpack, builtin_type as _builtin_type

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error'
    ]


class error(Exception):
    __module__ = 'struct'


# Native sizes and alignments (the C types of an x86-64 Linux), and the standard sizes.
_NATIVE = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2),
           'i': (4, 4), 'I': (4, 4), 'l': (8, 8), 'L': (8, 8), 'q': (8, 8), 'Q': (8, 8), 'n': (8, 8),
           'N': (8, 8), 'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1), 'P': (8, 8)}
_STANDARD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4,
             'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_UNSIGNED = 'BHILQNP'
_LONG_MIN, _LONG_MAX, _ULONG_MAX = -(1 << 63), (1 << 63) - 1, (1 << 64) - 1
_SSIZE_MAX = (1 << 63) - 1
_absent = object()


def _get_pylong(v):  # cpython: builtin
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise error("required argument is not an integer")


def _get_long(v):  # cpython: builtin
    x = _get_pylong(v)
    if not _LONG_MIN <= x <= _LONG_MAX:
        raise error("argument out of range")
    return x


def _get_ulong(v):  # cpython: builtin
    x = _get_pylong(v)
    if not 0 <= x <= _ULONG_MAX:
        raise error("argument out of range")
    return x


def _range_error(code, size, unsigned):  # cpython: builtin
    largest = (1 << (8 * size)) - 1
    if unsigned:
        return error("'%s' format requires 0 <= number <= %d" % (code, largest))
    return error("'%s' format requires %d <= number <= %d" % (code, ~(largest >> 1), largest >> 1))


# The native functions' own range texts (np_byte ... np_ushort).
_NAMED_RANGES = {'b': ("byte format requires -128 <= number <= 127", -128, 127),
                 'B': ("ubyte format requires 0 <= number <= 255", 0, 255),
                 'h': ("short format requires -32768 <= number <= 32767", -32768, 32767),
                 'H': ("ushort format requires 0 <= number <= 65535", 0, 65535)}


def _pack_int(code, size, v, big, native_fn):  # cpython: builtin
    """An integer code's bytes, with the checks of the function _struct.c uses for it:
    native_fn for the native table's (and the little-endian codes that share it)."""
    if code in _NAMED_RANGES and (native_fn or size == 1):
        text, low, high = _NAMED_RANGES[code]
        x = _get_long(v)
        if not low <= x <= high:
            raise error(text)
    elif code == 'P':
        x = _get_pylong(v)
        if not _LONG_MIN <= x <= _ULONG_MAX:
            raise error("int too large to convert") if isinstance(v, int) else OverflowError("int too big to convert")
    elif native_fn and size == 8:
        # np_long, np_longlong, np_ssize_t and their unsigned twins: the C type's range.
        x = _get_ulong(v) if code in _UNSIGNED else _get_long(v)
        if code == 'n' and x > _SSIZE_MAX:
            raise error("argument out of range")
    elif size == 8:
        # bp_longlong/bp_ulonglong: _PyLong_AsByteArray's OverflowError, renamed by s_pack_internal.
        x = _get_pylong(v)
        low, high = (0, _ULONG_MAX) if code in _UNSIGNED else (_LONG_MIN, _LONG_MAX)
        if not low <= x <= high:
            raise error("int too large to convert") if isinstance(v, int) else OverflowError("int too big to convert")
    elif code in _UNSIGNED:
        x = _get_ulong(v)
        if x >= 1 << (8 * size):
            raise _range_error(code, size, True)
    else:
        x = _get_long(v)
        largest = (1 << (8 * size - 1)) - 1
        if not ~largest <= x <= largest:
            raise _range_error(code, size, False)
    return (x & ((1 << (8 * size)) - 1)).to_bytes(size, 'big' if big else 'little')


def _as_double(v):  # cpython: builtin
    """PyFloat_AsDouble, its failures as struct's error."""
    if isinstance(v, float):
        return float(v)
    try:
        if hasattr(type(v), '__float__'):
            return type(v).__float__(v)
        if hasattr(type(v), '__index__'):
            return float(type(v).__index__(v))
    except Exception:
        pass
    raise error("required argument is not a float")


def _pack_one(code, size, v, big, native):  # cpython: builtin
    if code == 'c':
        if not isinstance(v, bytes) or len(v) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(v)
    if code == '?':
        return b'\x01' if v else b'\x00'
    if code in 'efd':
        x = _as_double(v)
        try:
            return _float_pack(x, size, not big, native and code == 'f')
        except OverflowError:
            if isinstance(v, int):
                raise error("int too large to convert") from None
            raise
    # '<' and '=' take the native functions for the codes whose sizes agree.
    native_fn = native or (not big and code not in 'lL')
    return _pack_int(code, size, v, big, native_fn)


def _unpack_one(code, data, big):  # cpython: builtin
    if code == 'c':
        return data
    if code == '?':
        return data != bytes(len(data))
    if code in 'efd':
        return _float_unpack(data, not big)
    return int.from_bytes(data, 'big' if big else 'little', signed=code not in _UNSIGNED)


def _parse(fmt):  # cpython: builtin
    """prepare_s: (big-endian?, native?, [(code, offset, count)], size, number of items)."""
    order = fmt[:1]
    if order in ('@', '=', '<', '>', '!'):
        fmt = fmt[1:]
    else:
        order = '@'
    native = order == '@'
    big = order in ('>', '!')
    codes = []
    size = items = 0
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c in ' \t\n\r\x0b\x0c':
            continue
        if '0' <= c <= '9':
            num = ord(c) - 48
            while i < n and '0' <= fmt[i] <= '9':
                num = num * 10 + ord(fmt[i]) - 48
                i += 1
                if num > _SSIZE_MAX:
                    raise error("total struct size too long")
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
            i += 1
        else:
            num = 1
        if native:
            entry = _NATIVE.get(c)
            if entry is None:
                raise error("bad char in struct format")
            itemsize, alignment = entry
            if size > 0 and alignment > 1:
                size += (alignment - 1) - (size - 1) % alignment
        else:
            itemsize = _STANDARD.get(c)
            if itemsize is None:
                raise error("bad char in struct format")
        if num > (_SSIZE_MAX - size) // itemsize:
            raise error("total struct size too long")
        if c in 'sp':
            codes.append((c, size, num))
            items += 1
        elif c != 'x':
            codes.append((c, size, num))
            items += num
        size += num * itemsize
    return big, native, codes, size, items


class _ReadOnly:  # cpython: builtin
    """A getter of Struct's without a setter: its text when assigned."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, cls=None):  # cpython: builtin
        if obj is None:
            return self
        return getattr(obj, '_' + self.name)

    def __set__(self, obj, value):  # cpython: builtin
        raise AttributeError("attribute '%s' of '_struct.Struct' objects is not writable" % self.name)


def _buffer(data):  # cpython: builtin
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _offset(offset, n, size, verb):  # cpython: builtin
    """pack_into's and unpack_from's offset into an n-byte buffer, checked for `size` bytes
    (a negative one counts from the end): (offset, size)."""
    if not hasattr(type(offset), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(offset).__name__)
    offset = type(offset).__index__(offset)
    if offset < 0:
        if offset + size > 0:
            if verb == 'pack':
                raise error("no space to pack %d bytes at offset %d" % (size, offset))
            raise error("not enough data to unpack %d bytes at offset %d" % (size, offset))
        if offset + n < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, n))
        offset += n
    if n - offset < size:
        name = 'pack_into' if verb == 'pack' else 'unpack_from'
        raise error("%s requires a buffer of at least %d bytes for %sing %d bytes at offset %d "
                    "(actual buffer size is %d)" % (name, size + offset, verb, size, offset, n))
    return offset, size


class Struct:  # cpython: builtin
    """Struct(fmt) --> compiled struct object

"""
    __module__ = '_struct'
    format = _ReadOnly('format')
    size = _ReadOnly('size')

    def __init__(self, format=_absent):  # cpython: builtin
        if format is _absent:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        if isinstance(format, bytes):
            format = format.decode('latin-1')
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(format).__name__)
        if '\0' in format:
            raise error("embedded null character")
        big, native, codes, size, items = _parse(format)
        self._format = format
        self._size = size
        self._big, self._native, self._codes, self._items = big, native, codes, items

    def _pack(self, name, out, values):  # cpython: builtin
        if len(values) != self._items:
            raise error("%s expected %d items for packing (got %d)" % (name, self._items, len(values)))
        big, native = self._big, self._native
        i = 0
        for code, offset, num in self._codes:
            if code in 'sp':
                v = values[i]
                i += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == 's':
                    data = bytes(v[:num])
                    out[offset:offset + len(data)] = data
                elif num > 0:
                    n = min(len(v), num - 1)
                    out[offset + 1:offset + 1 + n] = bytes(v[:n])
                    out[offset] = min(n, 255)
                continue
            size = _NATIVE[code][0] if native else _STANDARD[code]
            for k in range(num):
                out[offset + k * size:offset + (k + 1) * size] = _pack_one(code, size, values[i], big, native)
                i += 1

    def pack(self, *values):  # cpython: builtin
        """S.pack(v1, v2, ...) -> bytes

Return a bytes object containing values v1, v2, ... packed according
to the format string S.format.  See help(struct) for more on format
strings."""
        out = bytearray(self._size)
        self._pack('pack', out, values)
        return bytes(out)

    def pack_into(self, *args):  # cpython: builtin
        """S.pack_into(buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string S.format
and write the packed bytes into the writable buffer buf starting at
offset.  Note that the offset is a required argument.  See
help(struct) for more on format strings."""
        if len(args) != self._items + 2:
            if not args:
                raise error("pack_into expected buffer argument")
            if len(args) == 1:
                raise error("pack_into expected offset argument")
            raise error("pack_into expected %d items for packing (got %d)" % (self._items, len(args) - 2))
        buffer, offset = args[0], args[1]
        if not isinstance(buffer, bytearray):
            raise TypeError("argument must be read-write bytes-like object, not %s" % type(buffer).__name__)
        offset, size = _offset(offset, len(buffer), self._size, 'pack')
        out = bytearray(size)
        self._pack('pack_into', out, args[2:])
        buffer[offset:offset + size] = out

    def _unpack(self, data, start):  # cpython: builtin
        big, native = self._big, self._native
        result = []
        for code, offset, num in self._codes:
            offset += start
            if code == 's':
                result.append(bytes(data[offset:offset + num]))
                continue
            if code == 'p':
                n = data[offset] if num > 0 else 0
                if n >= num:
                    n = num - 1
                result.append(bytes(data[offset + 1:offset + 1 + n]) if n > 0 else b'')
                continue
            size = _NATIVE[code][0] if native else _STANDARD[code]
            for k in range(num):
                at = offset + k * size
                result.append(_unpack_one(code, bytes(data[at:at + size]), big))
        return tuple(result)

    def unpack(self, *args):  # cpython: builtin
        """Return a tuple containing unpacked values.

Unpack according to the format string Struct.format. The buffer's size
in bytes must be Struct.size.

See help(struct) for more on format strings."""
        if len(args) != 1:
            raise TypeError("Struct.unpack() takes exactly one argument (%d given)" % len(args))
        data = _buffer(args[0])
        if len(data) != self._size:
            raise error("unpack requires a buffer of %d bytes" % self._size)
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):  # cpython: builtin
        """Return a tuple containing unpacked values.

Values are unpacked according to the format string Struct.format.

The buffer's size in bytes, starting at position offset, must be
at least Struct.size.

See help(struct) for more on format strings."""
        data = _buffer(buffer)
        offset, _ = _offset(offset, len(data), self._size, 'unpack')
        return self._unpack(data, offset)

    def iter_unpack(self, *args):  # cpython: builtin
        """Return an iterator yielding tuples.

Tuples are unpacked from the given bytes source, like a repeated
invocation of unpack_from().

Requires that the bytes length be a multiple of the struct size."""
        if len(args) != 1:
            raise TypeError("Struct.iter_unpack() takes exactly one argument (%d given)" % len(args))
        if self._size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        data = _buffer(args[0])
        if len(data) % self._size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self._size)
        return unpack_iterator(self, data)

    def __sizeof__(self):  # cpython: builtin
        return 40 + 24 * (len(self._codes) + 1)


class unpack_iterator:  # cpython: builtin
    __module__ = '_struct'

    def __init__(self, s, data):  # cpython: builtin
        self._struct = s
        self._data = data
        self._index = 0

    def __iter__(self):  # cpython: builtin
        return self

    def __next__(self):  # cpython: builtin
        s = self._struct
        if s is None or self._index + s._size > len(self._data):
            self._struct = None
            raise StopIteration
        result = s._unpack(self._data, self._index)
        self._index += s._size
        return result

    def __length_hint__(self):  # cpython: builtin
        s = self._struct
        if s is None:
            return 0
        return (len(self._data) - self._index) // s._size


_builtin_type(Struct, '_struct.Struct')
_builtin_type(unpack_iterator, '_struct.unpack_iterator')

_cache = {}
_MAXCACHE = 100


def _struct(format):  # cpython: builtin
    s = _cache.get(format) if isinstance(format, (str, bytes)) else None
    if s is None:
        s = Struct(format)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[format] = s
    return s


def _clearcache():  # cpython: builtin
    """Clear the internal cache."""
    _cache.clear()


def calcsize(*args):  # cpython: builtin
    """Return size in bytes of the struct described by the format string."""
    if len(args) != 1:
        raise TypeError("_struct.calcsize() takes exactly one argument (%d given)" % len(args))
    return _struct(args[0]).size


def pack(*args):  # cpython: builtin
    """pack(format, v1, v2, ...) -> bytes

Return a bytes object containing the values v1, v2, ... packed according
to the format string.  See help(struct) for more on format strings."""
    if not args:
        raise TypeError("missing format argument")
    return _struct(args[0]).pack(*args[1:])


def pack_into(*args):  # cpython: builtin
    """pack_into(format, buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string and write
the packed bytes into the writable buffer buf starting at offset.  Note
that the offset is a required argument.  See help(struct) for more
on format strings."""
    if not args:
        raise TypeError("missing format argument")
    return _struct(args[0]).pack_into(*args[1:])


def unpack(*args):  # cpython: builtin
    """Return a tuple containing values unpacked according to the format string.

The buffer's size in bytes must be calcsize(format).

See help(struct) for more on format strings."""
    if len(args) != 2:
        raise TypeError("unpack expected 2 arguments, got %d" % len(args))
    return _struct(args[0]).unpack(args[1])


def unpack_from(format, /, buffer=_absent, offset=0):  # cpython: builtin
    """Return a tuple containing values unpacked according to the format string.

The buffer's size, minus offset, must be at least calcsize(format).

See help(struct) for more on format strings."""
    if buffer is _absent:
        raise TypeError("unpack_from() missing required argument 'buffer' (pos 2)")
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(*args):  # cpython: builtin
    """Return an iterator yielding tuples unpacked from the given bytes.

The bytes are unpacked according to the format string, like
a repeated invocation of unpack_from().

Requires that the bytes length be a multiple of the format struct size."""
    if len(args) != 2:
        raise TypeError("iter_unpack expected 2 arguments, got %d" % len(args))
    return _struct(args[0]).iter_unpack(args[1])
