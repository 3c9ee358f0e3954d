"""The part of codecs that io uses: codec lookup and the incremental encoders and decoders of
the text encodings aiocc has (UTF-8 with and without signature, UTF-16, UTF-32, ASCII,
Latin-1, the escape codecs), built over str.encode and bytes.decode."""

# aiocc's own module (CPython's codecs module is mostly C, Modules/_codecsmodule.c, and the
# encodings package): what _io (runtime/lib/_io.py) takes from codecs.


def _normalize(encoding):  # cpython: builtin
    """encodings.normalize_encoding, lowercased, as the registry's search does."""
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c.lower())
            punct = False
        else:
            punct = True
    return ''.join(chars)


_UTF8 = ('utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001')
_UTF8_SIG = ('utf_8_sig', 'utf8_sig')
_UTF16 = ('utf_16', 'utf16', 'u16')
_UTF32 = ('utf_32', 'utf32', 'u32')
_WIDTH = {'utf_16_le': 2, 'utf_16le': 2, 'utf_16_be': 2, 'utf_16be': 2,
          'utf_32_le': 4, 'utf_32le': 4, 'utf_32_be': 4, 'utf_32be': 4}


class CodecInfo:  # cpython: builtin
    def __init__(self, name):
        self.name = name
        self._is_text_encoding = True


def lookup(encoding):  # cpython: builtin
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    # Encoding the empty string finds the codec, or raises CPython's LookupError for a name it
    # does not know (or for a bytes-to-bytes codec).
    ''.encode(encoding)
    b''.decode(encoding)
    return CodecInfo(_normalize(encoding).replace('_', '-'))


def lookup_error(name):  # cpython: builtin
    if name not in ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape',
                    'surrogatepass', 'xmlcharrefreplace', 'namereplace'):
        raise LookupError("unknown error handler name '%s'" % name)


class IncrementalDecoder:  # cpython: builtin
    def __init__(self, errors='strict'):  # cpython: builtin
        self.errors = errors

    def decode(self, input, final=False):  # cpython: builtin
        raise NotImplementedError

    def reset(self):  # cpython: builtin
        pass

    def getstate(self):  # cpython: builtin
        return (b"", 0)

    def setstate(self, state):  # cpython: builtin
        pass


def _incomplete_utf8(data):  # cpython: builtin
    """How many bytes at the end of data begin a UTF-8 sequence that more bytes may complete."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b < 0x80:
            return 0
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4 if b < 0xF5 else 0
            return back if back < need else 0
    return 0


class _Decoder(IncrementalDecoder):  # cpython: builtin
    """Decodes what it is given but the bytes a later chunk may complete (a partial UTF-8
    sequence, half a UTF-16 unit), which it keeps for the next call."""

    newlines = None  # only IncrementalNewlineDecoder tells which newlines it saw

    def __init__(self, encoding, errors='strict'):  # cpython: builtin
        IncrementalDecoder.__init__(self, errors)
        self.encoding = encoding
        self.kind = _normalize(encoding)
        self.buffer = b""
        self.first = True

    def decode(self, input, final=False):  # cpython: builtin
        data = self.buffer + bytes(input)
        kind = self.kind
        if kind in _UTF8_SIG and self.first:
            if len(data) < 3 and b"\xef\xbb\xbf".startswith(data) and not final:
                self.buffer = data
                return ""
            self.first = False
            if data[:3] == b"\xef\xbb\xbf":
                data = data[3:]
            kind = 'utf_8'
        elif kind in _UTF8_SIG:
            kind = 'utf_8'
        if kind in _UTF16 or kind in _UTF32:
            width = 2 if kind in _UTF16 else 4
            if self.first:
                if len(data) < width and not final:
                    self.buffer = data
                    return ""
                self.first = False
                bom_le = b"\xff\xfe" if width == 2 else b"\xff\xfe\x00\x00"
                bom_be = b"\xfe\xff" if width == 2 else b"\x00\x00\xfe\xff"
                if data[:width] == bom_be:
                    self.kind = 'utf_16_be' if width == 2 else 'utf_32_be'
                    data = data[width:]
                else:
                    self.kind = 'utf_16_le' if width == 2 else 'utf_32_le'
                    if data[:width] == bom_le:
                        data = data[width:]
                kind = self.kind
            else:
                kind = self.kind
        keep = 0
        if not final:
            if kind in _UTF8 or kind == 'utf_8':
                keep = _incomplete_utf8(data)
            elif kind in _WIDTH:
                keep = len(data) % _WIDTH[kind]
                if _WIDTH[kind] == 2 and len(data) - keep >= 2:
                    # A high surrogate waits for its low half.
                    unit = data[len(data) - keep - 2:len(data) - keep]
                    hi = unit[1] if kind.startswith('utf_16_le') or kind == 'utf_16le' else unit[0]
                    if 0xD8 <= hi <= 0xDB:
                        keep += 2
        self.buffer = data[len(data) - keep:] if keep else b""
        body = data[:len(data) - keep] if keep else data
        encoding = 'utf-8' if kind == 'utf_8' else kind
        return body.decode(encoding, self.errors)

    def reset(self):  # cpython: builtin
        self.buffer = b""
        self.first = True
        self.kind = _normalize(self.encoding)

    def getstate(self):  # cpython: builtin
        if self.kind in _UTF8_SIG:
            return (self.buffer, 1 if self.first else 0)
        return (self.buffer, 0)

    def setstate(self, state):  # cpython: builtin
        self.buffer = state[0]
        if self.kind in _UTF8_SIG:
            self.first = bool(state[1])


class _Encoder:  # cpython: builtin
    def __init__(self, encoding, errors='strict'):  # cpython: builtin
        self.encoding = encoding
        self.errors = errors
        self.kind = _normalize(encoding)
        self.first = True

    def encode(self, input, final=False):  # cpython: builtin
        kind = self.kind
        if kind in _UTF8_SIG:
            data = input.encode('utf-8', self.errors)
            if self.first:
                self.first = False
                return b"\xef\xbb\xbf" + data
            return data
        if kind in _UTF16 or kind in _UTF32:
            if self.first:
                self.first = False
                return input.encode(self.encoding, self.errors)
            return input.encode('utf-16-le' if kind in _UTF16 else 'utf-32-le', self.errors)
        return input.encode(self.encoding, self.errors)

    def reset(self):  # cpython: builtin
        self.first = True

    def getstate(self):  # cpython: builtin
        return 1 if self.first else 0

    def setstate(self, state):  # cpython: builtin
        self.first = bool(state)  # a BOM (signature) is still to be written


def getincrementaldecoder(encoding):  # cpython: builtin
    lookup(encoding)
    def make(errors='strict'):
        return _Decoder(encoding, errors)
    return make


def getincrementalencoder(encoding):  # cpython: builtin
    lookup(encoding)
    def make(errors='strict'):
        return _Encoder(encoding, errors)
    return make
