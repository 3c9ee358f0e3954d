"""aiocc's _sre: re.Pattern and re.Match over PCRE2 (_aiocc.regex_match).

CPython writes these in C (Modules/_sre/sre.c): they have no frames in tracebacks, hence the
`# cpython: builtin` marks. The loops of findall, split, sub and the scanner are sre.c's: a
search starts where the last match ended, and after an empty match the next one may not be
empty at that same place (must_advance; PCRE2's NOTEMPTY_ATSTART).
"""

from _aiocc import regex_compile as _regex_compile, regex_match as _regex_match
# string[start:end] of a match's code point offsets, bytes for bytes-likes.
from _aiocc import regex_slice as _slice
from operator import index as _index
from _aiocc import builtin_type as _builtin_type, mappingproxy as _mappingproxy
from _aiocc import generic_alias as _generic_alias

MAGIC = 20220615
CODESIZE = 4
MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
_MAXSIZE = 9223372036854775807

# re's _subx and _expand, which sre.c imports re to call; re fills this in (an import of re
# from here would close an import cycle through re._constants).
_hooks = {}

_SEARCH, _MATCH, _FULLMATCH, _ADVANCE = 0, 1, 2, 4
_FLAG_NAMES = [(1, 're.TEMPLATE'), (2, 're.IGNORECASE'), (4, 're.LOCALE'), (8, 're.MULTILINE'),
               (16, 're.DOTALL'), (32, 're.UNICODE'), (64, 're.VERBOSE'), (128, 're.DEBUG'),
               (256, 're.ASCII')]


def getcodesize():  # cpython: builtin
    return CODESIZE


def compile(pattern, flags, code, groups, groupindex, indexgroup, istext):  # cpython: builtin
    return Pattern(pattern, flags, code, groups, groupindex, indexgroup, istext)


def _clamp(i, length):  # cpython: builtin
    if i < 0:
        return 0
    if i > length:
        return length
    return i


class Pattern:  # cpython: builtin
    __module__ = 're'

    def __init__(self, pattern, flags, code, groups, groupindex, indexgroup, istext):  # cpython: builtin
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self._groupindex = groupindex
        self._indexgroup = indexgroup
        self._code = code
        self._istext = istext
        self._regex = _regex_compile(code, istext)

    @property
    def groupindex(self):  # cpython: builtin
        return _mappingproxy(dict(self._groupindex))

    def _subject(self, string):  # cpython: builtin
        if isinstance(string, str):
            if not self._istext:
                raise TypeError("cannot use a bytes pattern on a string-like object")
        elif isinstance(string, (bytes, bytearray)):
            if self._istext:
                raise TypeError("cannot use a string pattern on a bytes-like object")
        else:
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        return string

    def _run(self, string, pos, endpos, mode):  # cpython: builtin
        # The offsets of a match from pos (pos <= endpos, both clamped), or None.
        if pos > endpos:
            endpos = pos
        return _regex_match(self._regex, string, pos, endpos, mode)

    def _match(self, string, pos, endpos, mode):  # cpython: builtin
        self._subject(string)
        n = len(string)
        pos = _clamp(_index(pos), n)
        endpos = _clamp(_index(endpos), n)
        spans = self._run(string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):  # cpython: builtin
        return self._match(string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):  # cpython: builtin
        return self._match(string, pos, endpos, _FULLMATCH)

    def search(self, string, pos=0, endpos=_MAXSIZE):  # cpython: builtin
        return self._match(string, pos, endpos, _SEARCH)

    def _searches(self, string, pos, endpos, limit):  # cpython: builtin
        # The offsets of successive matches from pos, at most `limit` (0: all): the next search
        # starts where a match ended, and after an empty match may not be empty there.
        mode = _SEARCH
        n = 0
        while pos <= endpos and (not limit or n < limit):
            spans = self._run(string, pos, endpos, mode)
            if spans is None:
                return
            yield spans
            n += 1
            mode = _ADVANCE if spans[1] == spans[0] else _SEARCH
            pos = spans[1]

    def findall(self, string, pos=0, endpos=_MAXSIZE):  # cpython: builtin
        self._subject(string)
        n = len(string)
        pos = _clamp(_index(pos), n)
        endpos = _clamp(_index(endpos), n)
        empty = '' if self._istext else b''
        out = []
        for spans in self._searches(string, pos, endpos, 0):
            if self.groups == 0:
                out.append(_slice(string, spans[0], spans[1]))
            elif self.groups == 1:
                out.append(empty if spans[2] < 0 else _slice(string, spans[2], spans[3]))
            else:
                out.append(tuple(empty if spans[2 * g] < 0 else _slice(string, spans[2 * g], spans[2 * g + 1])
                                 for g in range(1, self.groups + 1)))
        return out

    def finditer(self, string, pos=0, endpos=_MAXSIZE):  # cpython: builtin
        return iter(self.scanner(string, pos, endpos).search, None)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):  # cpython: builtin
        self._subject(string)
        n = len(string)
        return SRE_Scanner(self, string, _clamp(_index(pos), n), _clamp(_index(endpos), n))

    def split(self, string, maxsplit=0):  # cpython: builtin
        self._subject(string)
        maxsplit = _index(maxsplit)
        out = []
        last = 0
        endpos = len(string)
        for spans in self._searches(string, 0, endpos, maxsplit):
            out.append(_slice(string, last, spans[0]))
            for g in range(1, self.groups + 1):
                out.append(None if spans[2 * g] < 0 else _slice(string, spans[2 * g], spans[2 * g + 1]))
            last = spans[1]
        out.append(_slice(string, last, endpos))
        return out

    def _subx(self, repl, string, count):  # cpython: builtin
        self._subject(string)
        count = _index(count)
        if callable(repl):
            filter = repl
            is_callable = True
        else:
            # A str or bytes-like without a backslash is the replacement itself (a wrong type
            # fails when the pieces are joined); anything else goes to re's template parser.
            if isinstance(repl, str):
                literal = '\\' not in repl
            elif isinstance(repl, (bytes, bytearray)):
                literal = b'\\' not in repl
            else:
                literal = False
            if literal:
                filter = repl
                is_callable = False
            else:
                filter = _hooks['_subx'](self, repl)
                is_callable = callable(filter)
        pieces = []
        i = 0
        endpos = len(string)
        n = 0
        for spans in self._searches(string, 0, endpos, count):
            b, e = spans[0], spans[1]
            if i < b:
                pieces.append(_slice(string, i, b))
            if is_callable:
                item = filter(Match(self, string, 0, endpos, spans))
            else:
                item = filter
            if item is not None:
                pieces.append(item)
            i = e
            n += 1
        if i < endpos:
            pieces.append(_slice(string, i, endpos))
        empty = '' if isinstance(string, str) else b''
        return empty.join(pieces), n

    def sub(self, repl, string, count=0):  # cpython: builtin
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):  # cpython: builtin
        return self._subx(repl, string, count)

    def __repr__(self):  # cpython: builtin
        flags = self.flags
        if self._istext and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        text = repr(self.pattern)[:200]
        if names:
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def __eq__(self, other):  # cpython: builtin
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and self._istext == other._istext
                and self.pattern == other.pattern and self._code == other._code)

    def __hash__(self):  # cpython: builtin
        return hash((self.pattern, self.flags))

    def __copy__(self):  # cpython: builtin
        return self

    def __deepcopy__(self, memo):  # cpython: builtin
        return self

    def __class_getitem__(cls, item):  # cpython: builtin
        return _generic_alias(cls, item)


class Match:  # cpython: builtin
    __module__ = 're'

    def __init__(self, pattern, string, pos, endpos, spans):  # cpython: builtin
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _group_index(self, g):  # cpython: builtin
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        elif hasattr(type(g), '__index__'):
            return self._group_index(g.__index__())
        raise IndexError("no such group")

    def _get(self, g, default=None):  # cpython: builtin
        start = self._spans[2 * g]
        if start < 0:
            return default
        return _slice(self.string, start, self._spans[2 * g + 1])

    def group(self, *args):  # cpython: builtin
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._group_index(args[0]))
        return tuple(self._get(self._group_index(g)) for g in args)

    def __getitem__(self, g):  # cpython: builtin
        return self._get(self._group_index(g))

    def groups(self, default=None):  # cpython: builtin
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):  # cpython: builtin
        return {name: self._get(g, default) for name, g in self.re._groupindex.items()}

    def start(self, group=0):  # cpython: builtin
        return self._spans[2 * self._group_index(group)]

    def end(self, group=0):  # cpython: builtin
        return self._spans[2 * self._group_index(group) + 1]

    def span(self, group=0):  # cpython: builtin
        g = self._group_index(group)
        return self._spans[2 * g], self._spans[2 * g + 1]

    @property
    def regs(self):  # cpython: builtin
        return tuple((self._spans[2 * g], self._spans[2 * g + 1]) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):  # cpython: builtin
        # The group closed last on the matching path (regex_match's last item).
        i = self._spans[-1]
        return None if i < 0 else i

    @property
    def lastgroup(self):  # cpython: builtin
        i = self.lastindex
        if i is None:
            return None
        return self.re._indexgroup[i]

    def expand(self, template):  # cpython: builtin
        return _hooks['_expand'](self.re, self, template)

    def __repr__(self):  # cpython: builtin
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[0], self._spans[1], repr(self._get(0))[:50])

    def __copy__(self):  # cpython: builtin
        return self

    def __deepcopy__(self, memo):  # cpython: builtin
        return self

    def __class_getitem__(cls, item):  # cpython: builtin
        return _generic_alias(cls, item)


class SRE_Scanner:  # cpython: builtin
    def __init__(self, pattern, string, pos, endpos):  # cpython: builtin
        self.pattern = pattern
        self._string = string
        self._origin = self._pos = pos
        self._endpos = endpos
        self._mode = _SEARCH
        self._done = False

    def _next(self, mode):  # cpython: builtin
        if self._done:
            return None
        spans = self.pattern._run(self._string, self._pos, self._endpos, mode | self._mode)
        if spans is None:
            self._done = True
            return None
        self._mode = _ADVANCE if spans[1] == spans[0] else _SEARCH
        self._pos = spans[1]
        return Match(self.pattern, self._string, self._origin, self._endpos, spans)

    def match(self):  # cpython: builtin
        return self._next(_MATCH)

    def search(self):  # cpython: builtin
        return self._next(_SEARCH)


_builtin_type(Pattern, 're.Pattern')
_builtin_type(Match, 're.Match')
_builtin_type(SRE_Scanner, '_sre.SRE_Scanner')
