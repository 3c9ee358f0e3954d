"""aiocc's json.encoder: JSONEncoder as CPython 3.11's. Like CPython, a one-shot encode without
indent goes through an encoder standing for the C one (_json.make_encoder); iterencode and
indented output through the generators CPython writes in Python. Both give CPython's text."""

__all__ = ['JSONEncoder']

_SHORT_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
ESCAPE_DCT = dict(_SHORT_ESCAPES)
for i in range(0x20):
    ESCAPE_DCT.setdefault(chr(i), '\\u{0:04x}'.format(i))
del i

INFINITY = float('inf')


def py_encode_basestring(s):  # cpython: builtin
    """Return a JSON representation of a Python string"""
    out = ['"']
    start = 0
    for i, c in enumerate(s):
        if c == '"' or c == '\\' or c < ' ':
            if start < i:
                out.append(s[start:i])
            out.append(ESCAPE_DCT[c])
            start = i + 1
    if start == 0:
        return '"' + s + '"'
    out.append(s[start:])
    out.append('"')
    return ''.join(out)


encode_basestring = py_encode_basestring


def py_encode_basestring_ascii(s):  # cpython: builtin
    """Return an ASCII-only JSON representation of a Python string"""
    out = ['"']
    start = 0
    for i, c in enumerate(s):
        if ' ' <= c <= '~' and c != '"' and c != '\\':
            continue
        if start < i:
            out.append(s[start:i])
        start = i + 1
        short = ESCAPE_DCT.get(c)
        if short is not None:
            out.append(short)
            continue
        n = ord(c)
        if n < 0x10000:
            out.append('\\u{0:04x}'.format(n))
        else:
            n -= 0x10000
            out.append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
    if start == 0:
        return '"' + s + '"'
    out.append(s[start:])
    out.append('"')
    return ''.join(out)


encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        def floatstr(o, allow_nan=self.allow_nan,
                _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)

            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant: " +
                    repr(o))

            return text

        if (_one_shot and c_make_encoder is not None
                and self.indent is None):
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, self.indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
        else:
            _iterencode = _make_iterencode(
                markers, self.default, _encoder, self.indent, floatstr,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, _one_shot)
        return _iterencode(o, 0)


class c_make_encoder:  # cpython: builtin
    # _json.make_encoder: the whole document at once, into a list of chunks.
    def __init__(self, markers, default, encoder, indent, key_separator, item_separator,  # cpython: builtin
                 sort_keys, skipkeys, allow_nan):
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def __call__(self, o, _current_indent_level):  # cpython: builtin
        chunks = []
        self._encode(o, chunks)
        return tuple(chunks)

    def _float(self, o):  # cpython: builtin
        if o != o or o == INFINITY or o == -INFINITY:
            if not self.allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            return 'NaN' if o != o else 'Infinity' if o > 0 else '-Infinity'
        return float.__repr__(o)

    def _encode(self, o, chunks):  # cpython: builtin
        if o is None:
            chunks.append('null')
        elif o is True:
            chunks.append('true')
        elif o is False:
            chunks.append('false')
        elif isinstance(o, str):
            chunks.append(self.encoder(o))
        elif isinstance(o, int):
            chunks.append(int.__repr__(o))
        elif isinstance(o, float):
            chunks.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._list(o, chunks)
        elif isinstance(o, dict):
            self._dict(o, chunks)
        else:
            key = self._enter(o)
            self._encode(self.default(o), chunks)
            self._leave(key)

    def _enter(self, container):  # cpython: builtin
        # The container's mark while it is being encoded (None without check_circular).
        markers = self.markers
        if markers is None:
            return None
        key = id(container)
        if key in markers:
            raise ValueError("Circular reference detected")
        markers[key] = container
        return key

    def _leave(self, key):  # cpython: builtin
        if key is not None:
            del self.markers[key]

    def _list(self, lst, chunks):  # cpython: builtin
        if not lst:
            chunks.append('[]')
            return
        key = self._enter(lst)
        chunks.append('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                chunks.append(self.item_separator)
            self._encode(value, chunks)
        chunks.append(']')
        self._leave(key)

    def _dict(self, dct, chunks):  # cpython: builtin
        if not dct:
            chunks.append('{}')
            return
        marker = self._enter(dct)
        chunks.append('{')
        items = list(dct.items())
        if self.sort_keys:
            items.sort()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {type(key).__name__}')
            if first:
                first = False
            else:
                chunks.append(self.item_separator)
            chunks.append(self.encoder(key))
            chunks.append(self.key_separator)
            self._encode(value, chunks)
        chunks.append('}')
        self._leave(marker)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
        _key_separator, _item_separator, _sort_keys, _skipkeys, _one_shot,
        ValueError=ValueError,
        dict=dict,
        float=float,
        id=id,
        int=int,
        isinstance=isinstance,
        list=list,
        str=str,
        tuple=tuple,
        _intstr=int.__repr__,
    ):
    # The generators of CPython's pure-Python encoder: chunks as they are made, so that
    # iterencode's consumer (json.dump) sees them in CPython's order. The lines that call on
    # or raise read as CPython's, which tracebacks show.
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _scalar(value):  # cpython: builtin
        # The text of a value that needs no recursion, or None.
        if isinstance(value, str):
            return _encoder(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, int):
            return _intstr(value)
        return None

    def _nested(value, _current_indent_level):  # cpython: builtin
        if isinstance(value, (list, tuple)):
            return _iterencode_list(value, _current_indent_level)
        if isinstance(value, dict):
            return _iterencode_dict(value, _current_indent_level)
        return _iterencode(value, _current_indent_level)

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        newline_indent = None
        separator = _item_separator
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator += newline_indent
            buf += newline_indent
        for index, value in enumerate(lst):
            if index:
                buf = separator
            text = _scalar(value)
            if text is not None:
                yield buf + text
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                chunks = _nested(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        yield '{'
        newline_indent = None
        item_separator = _item_separator
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator += newline_indent
            yield newline_indent
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True or key is False or key is None:
                key = _scalar(key)
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if not first:
                yield item_separator
            first = False
            yield _encoder(key)
            yield _key_separator
            text = _scalar(value)
            if text is not None:
                yield text
            elif isinstance(value, float):
                yield _floatstr(value)
            else:
                chunks = _nested(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        text = _scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if markers is not None:
                del markers[markerid]
    return _iterencode
