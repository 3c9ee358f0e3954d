"""Conversion between binary data and ASCII"""

# aiocc's binascii: CPython's C module (Modules/binascii.c) written in Python, each function
# and class marked as C code; the same results, argument checks and error texts.

from operator import index as _index
from _aiocc import builtin_type as _builtin_type, type_name as _type_name


class Error(ValueError):  # cpython: builtin
    pass


class Incomplete(Exception):  # cpython: builtin
    pass


_builtin_type(Error, 'binascii.Error')
_builtin_type(Incomplete, 'binascii.Incomplete')

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUES = [64] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUES[_c] = _i
del _i, _c
_HEX = b"0123456789abcdef"
_HEX_VALUES = {c: int(chr(c), 16) for c in b"0123456789abcdefABCDEF"}


def _ascii_data(data):  # cpython: builtin
    """ascii_buffer_converter: an ASCII str or a bytes-like object, as bytes."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % _type_name(data))


def _binary_data(data):  # cpython: builtin
    """A Py_buffer argument: a bytes-like object, as bytes."""
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % _type_name(data))


def _check_positional(name, args, low, high):  # cpython: builtin
    """_PyArg_CheckPositional: positional-only arguments, between low and high of them."""
    n = len(args)
    if n < low:
        raise TypeError("%s expected %s%d argument%s, got %d"
                        % (name, "" if low == high else "at least ", low, "" if low == 1 else "s", n))
    if n > high:
        raise TypeError("%s expected %s%d argument%s, got %d"
                        % (name, "" if low == high else "at most ", high, "" if high == 1 else "s", n))
    return args


def _one_positional(name, args):  # cpython: builtin
    """_PyArg_UnpackKeywords for one positional-only argument before keyword-only ones."""
    if len(args) != 1:
        raise TypeError("%s() takes exactly 1 positional argument (%d given)" % (name, len(args)))
    return args[0]


def _one_argument(name, args):  # cpython: builtin
    """METH_O: exactly one argument."""
    if len(args) != 1:
        raise TypeError("binascii.%s() takes exactly one argument (%d given)" % (name, len(args)))
    return args[0]


def _mask(value, bits):  # cpython: builtin
    """The "I" format: an int through __index__, masked to an unsigned C int."""
    return _index(value) & ((1 << bits) - 1)


def a2b_uu(*args):  # cpython: builtin
    """Decode a line of uuencoded data."""
    data = _one_argument("a2b_uu", args)
    data = _ascii_data(data)
    first = data[0] if data else 0
    bin_len = (first - 32) & 0o77
    out = bytearray()
    leftchar = 0
    leftbits = 0
    i = 1
    n = len(data)
    while bin_len > 0:
        ch = data[i] if i < n else 0
        if ch == 10 or ch == 13 or i >= n:
            ch = 0
        else:
            if ch < 32 or ch > 32 + 64:
                raise Error("Illegal char")
            ch = (ch - 32) & 0o77
        leftchar = ((leftchar << 6) | ch) & 0xffffffff
        leftbits += 6
        if leftbits >= 8:
            leftbits -= 8
            out.append((leftchar >> leftbits) & 0xff)
            leftchar &= (1 << leftbits) - 1
            bin_len -= 1
        i += 1
    while i < n:
        ch = data[i]
        if ch != 32 and ch != 32 + 64 and ch != 10 and ch != 13:
            raise Error("Trailing garbage")
        i += 1
    return bytes(out)


def b2a_uu(*args, backtick=False):  # cpython: builtin
    """Uuencode line of data."""
    data = _binary_data(_one_positional("b2a_uu", args))
    if len(data) > 45:
        raise Error("At most 45 bytes at once")
    out = bytearray()
    if backtick and not data:
        out.append(ord('`'))
    else:
        out.append(32 + (len(data) & 0o77))
    leftchar = 0
    leftbits = 0
    i = 0
    remaining = len(data)
    while remaining > 0 or leftbits != 0:
        if remaining > 0:
            leftchar = (leftchar << 8) | data[i]
        else:
            leftchar <<= 8
        leftbits += 8
        while leftbits >= 6:
            ch = (leftchar >> (leftbits - 6)) & 0x3f
            leftbits -= 6
            out.append(ord('`') if backtick and not ch else ch + 32)
        leftchar &= (1 << leftbits) - 1
        i += 1
        remaining -= 1
    out.append(10)
    return bytes(out)


def a2b_base64(*args, strict_mode=False):  # cpython: builtin
    """Decode a line of base64 data.

  strict_mode
    When set to True, bytes that are not part of the base64 standard are not allowed.
    The same applies to excess data after padding (= / ==)."""
    data = _ascii_data(_one_positional("a2b_base64", args))
    strict_mode = bool(strict_mode)
    out = bytearray()
    if strict_mode and data[:1] == b'=':
        raise Error("Leading padding not allowed")
    quad_pos = 0
    leftchar = 0
    pads = 0
    padding_started = False
    n = len(data)
    for i in range(n):
        ch = data[i]
        if ch == 61:  # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        value = _B64_VALUES[ch]
        if value >= 64:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = value
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((leftchar << 2) | (value >> 4)) & 0xff)
            leftchar = value & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((leftchar << 4) | (value >> 2)) & 0xff)
            leftchar = value & 0x03
        else:
            quad_pos = 0
            out.append(((leftchar << 6) | value) & 0xff)
            leftchar = 0
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 "
                    "more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_base64(*args, newline=True):  # cpython: builtin
    """Base64-code line of data."""
    data = _binary_data(_one_positional("b2a_base64", args))
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    if n - full == 1:
        v = data[full]
        out += bytes((_B64[v >> 2], _B64[(v & 3) << 4], 61, 61))
    elif n - full == 2:
        v = (data[full] << 8) | data[full + 1]
        out += bytes((_B64[v >> 10], _B64[(v >> 4) & 63], _B64[(v & 15) << 2], 61))
    if newline:
        out.append(10)
    return bytes(out)


_CRC32_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xedb88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRC32_TABLE.append(_c)
del _n, _c, _k

_CRC_HQX_TABLE = []
for _n in range(256):
    _c = _n << 8
    for _k in range(8):
        _c = ((_c << 1) ^ 0x1021) & 0xffff if _c & 0x8000 else (_c << 1) & 0xffff
    _CRC_HQX_TABLE.append(_c)
del _n, _c, _k


def crc_hqx(*args):  # cpython: builtin
    """Compute CRC-CCITT incrementally."""
    data, crc = _check_positional("crc_hqx", args, 2, 2)
    data = _binary_data(data)
    crc = _mask(crc, 32) & 0xffff
    table = _CRC_HQX_TABLE
    for b in data:
        crc = ((crc << 8) & 0xff00) ^ table[(crc >> 8) ^ b]
    return crc


def crc32(*args):  # cpython: builtin
    """Compute CRC-32 incrementally."""
    data, crc = _check_positional("crc32", args, 1, 2) + (0,) * (2 - len(args))
    data = _binary_data(data)
    crc = _mask(crc, 32) ^ 0xffffffff
    table = _CRC32_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return crc ^ 0xffffffff


_NO_SEP = object()


def _hex(data, sep, bytes_per_sep):  # cpython: builtin
    """_Py_strhex_bytes_with_sep."""
    data = _binary_data(data)
    digits = data.hex().encode('ascii')
    if sep is _NO_SEP:
        return digits
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    if isinstance(sep, str):
        sep_byte = ord(sep) & 0xff
    else:
        sep_byte = sep[0]
    bytes_per_sep = _index(bytes_per_sep)
    group = abs(bytes_per_sep)
    n = len(data)
    if group == 0 or n == 0 or group >= n:
        return digits
    if bytes_per_sep < 0:
        starts = range(0, n, group)
    else:
        first = n % group or group
        starts = [0] + list(range(first, n, group))
    chunks = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else n
        chunks.append(digits[2 * start:2 * end])
    return bytes((sep_byte,)).join(chunks)


def b2a_hex(data, sep=_NO_SEP, bytes_per_sep=1):  # cpython: builtin
    """Hexadecimal representation of binary data.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

The return value is a bytes object.  This function is also
available as "hexlify()".

Example:
>>> binascii.b2a_hex(b'\\xb9\\x01\\xef')
b'b901ef'
>>> binascii.hexlify(b'\\xb9\\x01\\xef', ':')
b'b9:01:ef'
>>> binascii.b2a_hex(b'\\xb9\\x01\\xef', b'_', 2)
b'b9_01ef'"""
    return _hex(data, sep, bytes_per_sep)


def hexlify(data, sep=_NO_SEP, bytes_per_sep=1):  # cpython: builtin
    """Hexadecimal representation of binary data.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

The return value is a bytes object.  This function is also
available as "b2a_hex()"."""
    return _hex(data, sep, bytes_per_sep)


def a2b_hex(*args):  # cpython: builtin
    """Binary data of hexadecimal representation.

hexstr must contain an even number of hex digits (upper or lower case).
This function is also available as "unhexlify()"."""
    hexstr = _one_argument("a2b_hex", args)
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    values = _HEX_VALUES
    for i in range(0, len(data), 2):
        hi = values.get(data[i])
        lo = values.get(data[i + 1])
        if hi is None or lo is None:
            raise Error("Non-hexadecimal digit found")
        out.append((hi << 4) | lo)
    return bytes(out)


def unhexlify(*args):  # cpython: builtin
    """Binary data of hexadecimal representation.

hexstr must contain an even number of hex digits (upper or lower case)."""
    hexstr = _one_argument("unhexlify", args)
    return a2b_hex(hexstr)


def a2b_qp(data, header=False):  # cpython: builtin
    """Decode a string of qp-encoded data."""
    data = _ascii_data(data)
    out = bytearray()
    n = len(data)
    i = 0
    values = _HEX_VALUES
    while i < n:
        ch = data[i]
        if ch == 61:  # '='
            i += 1
            if i >= n:
                break
            if data[i] == 10 or data[i] == 13:  # a soft line break
                if data[i] != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif data[i] == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and data[i] in values and data[i + 1] in values:
                out.append((values[data[i]] << 4) | values[data[i + 1]])
                i += 2
            else:
                out.append(61)
        elif header and ch == 95:  # '_'
            out.append(32)
            i += 1
        else:
            out.append(ch)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):  # cpython: builtin
    """Encode a string using quoted-printable encoding.

On encoding, when istext is set, newlines are not encoded, and white
space at end of lines is.  When istext is not set, \\r and \\n (CR/LF)
are both encoded.  When quotetabs is set, space and tabs are encoded."""
    data = _binary_data(data)
    maxline = 76
    n = len(data)
    p = data.find(b'\n')
    crlf = p > 0 and data[p - 1] == 13
    eol = b'\r\n' if crlf else b'\n'
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        ch = data[i]
        nxt = data[i + 1] if i + 1 < n else None
        if (ch > 126 or ch == 61 or (header and ch == 95)
                or (ch == 46 and linelen == 0 and (nxt is None or nxt in (10, 13, 0)))
                or (not istext and ch in (13, 10))
                or (ch in (9, 32) and i + 1 == n)
                or (ch < 33 and ch not in (13, 10) and (quotetabs or ch not in (9, 32)))):
            if linelen + 3 >= maxline:
                out += b'=' + eol
                linelen = 0
            out += b'=%02X' % ch
            i += 1
            linelen += 3
        elif istext and (ch == 10 or (nxt is not None and ch == 13 and nxt == 10)):
            linelen = 0
            if out and out[-1] in (32, 9):
                last = out[-1]
                out[-1] = 61
                out += b'%02X' % last
            out += eol
            i += 2 if ch == 13 else 1
        else:
            if i + 1 != n and nxt != 10 and linelen + 1 >= maxline:
                out += b'=' + eol
                linelen = 0
            linelen += 1
            if header and ch == 32:
                out.append(95)
            else:
                out.append(ch)
            i += 1
    return bytes(out)
