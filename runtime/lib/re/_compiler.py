"""Internal support module for sre

aiocc's re/_compiler.py. CPython's turns re/_parser.py's tree into sre's code words; this one
writes the tree out as a PCRE2 pattern that leaves nothing to PCRE2's reading of Python syntax:

- every literal is `\\x{hex}`, so no character is special by accident;
- anchors are spelled by what they mean in sre (`$` is `(?=\\n?\\z)`, `^` under MULTILINE is
  `(?<![^\\n])`), and `.` is `[^\\n]` unless DOTALL;
- the categories are the classes sre tests: under UNICODE, `\\d` is `\\p{Nd}` (str.isdecimal),
  `\\w` is `\\p{Xwd}` (str.isalnum() or "_"), and `\\s` the characters str.isspace() accepts;
  under ASCII and for bytes, explicit ASCII ranges;
- named groups become numbered ones (re keeps the names), inline flags scoped `(?i:...)`.
A str pattern runs in PCRE2's UTF mode with Unicode properties; a bytes pattern byte by byte.
"""

from ._constants import *
from . import _parser
import _sre

assert _sre.MAGIC == MAGIC, "SRE module mismatch"

_REPEATING_CODES = {MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT}
_ASSERT_CODES = {ASSERT, ASSERT_NOT}

# str.isspace() in CPython 3.11 (Unicode 14): bidirectional types WS, B, S, or category Zs.
_UNICODE_SPACE = [(0x9, 0xd), (0x1c, 0x20), (0x85, 0x85), (0xa0, 0xa0), (0x1680, 0x1680),
                  (0x2000, 0x200a), (0x2028, 0x2029), (0x202f, 0x202f), (0x205f, 0x205f),
                  (0x3000, 0x3000)]
_ASCII_SPACE = [(0x9, 0xd), (0x20, 0x20)]
_ASCII_DIGIT = [(0x30, 0x39)]
_ASCII_WORD = [(0x30, 0x39), (0x41, 0x5a), (0x5f, 0x5f), (0x61, 0x7a)]
_PCRE_QUANTIFIER_MAX = 65535
_I_FAMILY = (0x49, 0x69, 0x130, 0x131)

def _complement(ranges, top):
    out = []
    lo = 0
    for a, b in ranges:
        if a > lo:
            out.append((lo, a - 1))
        lo = b + 1
    if lo <= top:
        out.append((lo, top))
    return out

def _hex(c):
    return '\\x{%x}' % c

def _ranges(ranges):
    return ''.join(_hex(a) if a == b else _hex(a) + '-' + _hex(b) for a, b in ranges)

class _Writer:
    def __init__(self, istext):
        self.istext = istext
        self.top = 0x10ffff if istext else 0xff

    def unicode(self, flags):
        return self.istext and not flags & SRE_FLAG_ASCII

    def category(self, cat, flags):
        # The members of a category, for the inside of a [...] class.
        if self.unicode(flags):
            if cat is CATEGORY_DIGIT:
                return '\\p{Nd}'
            if cat is CATEGORY_NOT_DIGIT:
                return '\\P{Nd}'
            if cat is CATEGORY_WORD:
                return '\\p{Xwd}'
            if cat is CATEGORY_NOT_WORD:
                return '\\P{Xwd}'
            if cat is CATEGORY_SPACE:
                return _ranges(_UNICODE_SPACE)
            return _ranges(_complement(_UNICODE_SPACE, self.top))
        if cat is CATEGORY_DIGIT:
            return _ranges(_ASCII_DIGIT)
        if cat is CATEGORY_NOT_DIGIT:
            return _ranges(_complement(_ASCII_DIGIT, self.top))
        if cat is CATEGORY_WORD:
            return _ranges(_ASCII_WORD)
        if cat is CATEGORY_NOT_WORD:
            return _ranges(_complement(_ASCII_WORD, self.top))
        if cat is CATEGORY_SPACE:
            return _ranges(_ASCII_SPACE)
        return _ranges(_complement(_ASCII_SPACE, self.top))

    def folds_by_hand(self, flags):
        # IGNORECASE with ASCII on a str pattern: sre folds ASCII letters only, where PCRE2's
        # UTF mode would also fold K with the Kelvin sign and s with long s. Written out.
        return flags & SRE_FLAG_IGNORECASE and flags & SRE_FLAG_ASCII and self.istext

    def i_family(self, flags):
        # IGNORECASE under UNICODE: sre makes i, I, U+0130 and U+0131 one class (its
        # _casefix); PCRE2 pairs only i and I.
        return flags & SRE_FLAG_IGNORECASE and self.unicode(flags)

    def charset(self, items, flags):
        # [...] of a set's members.
        negate = bool(items) and items[0][0] is NEGATE
        if negate:
            items = items[1:]
        ranges = []
        members = []
        for op, av in items:
            if op is LITERAL:
                ranges.append((av, av))
            elif op is RANGE:
                ranges.append(av)
            elif op is CATEGORY:
                members.append(self.category(av, flags))
            else:
                raise error("internal: unsupported set operator %r" % (op,))
        if flags & SRE_FLAG_IGNORECASE and self.istext and len(items) > 1 and any(
                op is LITERAL and av > 0xffff and chr(av).lower() != chr(av) for op, av in items):
            # sre's class of several members misses both cases of such a letter (a bug of 3.11).
            _refuse("a character class of several members with a cased letter beyond U+FFFF "
                    "under IGNORECASE")
        if self.folds_by_hand(flags):
            for lo, hi in list(ranges):
                for a, b, shift in ((0x41, 0x5a, 0x20), (0x61, 0x7a, -0x20)):
                    if lo <= b and hi >= a:
                        ranges.append((max(lo, a) + shift, min(hi, b) + shift))
        elif self.i_family(flags):
            if any(lo <= c <= hi for lo, hi in ranges for c in _I_FAMILY):
                ranges.extend((c, c) for c in _I_FAMILY)
        text = '[' + ('^' if negate else '') + _ranges(ranges) + ''.join(members) + ']'
        if self.folds_by_hand(flags):
            return '(?-i:' + text + ')'
        return text

    def literal(self, c, flags):
        if self.folds_by_hand(flags) or (self.i_family(flags) and c in _I_FAMILY):
            return self.charset([(LITERAL, c)], flags)
        return _hex(c)

    def boundary(self, flags, negate):
        # sre's \B never matches in an empty string.
        if self.unicode(flags):
            return '(?!\\A\\z)\\B' if negate else '\\b'
        w = '(?-i:[' + _ranges(_ASCII_WORD) + '])'  # no Kelvin sign nor long s by folding
        at = '(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))' % (w, w, w, w)
        return '(?!\\A\\z)(?!' + at + ')' if negate else at

class _Code(list):
    # The pattern's text for PCRE2, in pieces, the writer of its classes, the parser's widths
    # of the groups, and the groups open where the writing is.
    def __init__(self, writer, groupwidths):
        super().__init__()
        self.writer = writer
        self.groupwidths = groupwidths
        self.open_groups = []

def _groups(pattern):
    # The capturing groups of a (sub)pattern: all of them, and those every match of it sets.
    every, always = set(), set()
    for op, av in pattern:
        if op is SUBPATTERN:
            e, a = _groups(av[3])
            every |= e
            always |= a
            if av[0]:
                every.add(av[0])
                always.add(av[0])
        elif op in _REPEATING_CODES:
            e, a = _groups(av[2])
            every |= e
            if av[0] >= 1:
                always |= a
        elif op is BRANCH:
            sets = [_groups(p) for p in av[1]]
            for e, a in sets:
                every |= e
            always |= set.intersection(*(a for e, a in sets)) if sets else set()
        elif op is ATOMIC_GROUP:
            e, a = _groups(av)
            every |= e
            always |= a
        elif op in _ASSERT_CODES:
            every |= _groups(av[1])[0]
        elif op is GROUPREF_EXISTS:
            yes = _groups(av[1])
            no = _groups(av[2]) if av[2] else (set(), set())
            every |= yes[0] | no[0]
            always |= yes[1] & no[1]
    return every, always

def _refuse(construct):
    # What sre reads differently from PCRE2: refused rather than matched otherwise.
    raise NotImplementedError("aiocc's re: " + construct + " (sre and PCRE2 differ)")

def _compile(code, pattern, flags):
    # internal: write a (sub)pattern out
    emit = code.append
    writer = code.writer
    for op, av in pattern:
        if op is LITERAL:
            emit(writer.literal(av, flags))
        elif op is NOT_LITERAL:
            emit(writer.charset([(NEGATE, None), (LITERAL, av)], flags))
        elif op is IN:
            emit(writer.charset(av, flags))
        elif op is ANY:
            emit('(?s:.)' if flags & SRE_FLAG_DOTALL else '[^\\x{a}]')
        elif op in _REPEATING_CODES:
            if flags & SRE_FLAG_TEMPLATE:
                raise error("internal: unsupported template operator %r" % (op,))
            lo, hi, item = av
            if lo > _PCRE_QUANTIFIER_MAX or (hi is not MAXREPEAT and hi > _PCRE_QUANTIFIER_MAX):
                raise NotImplementedError(
                    "aiocc's re: repetition counts above %d" % _PCRE_QUANTIFIER_MAX)
            if hi is not MAXREPEAT and hi > lo and hi >= 2 and item.getwidth()[0] == 0:
                # sre stops at the first iteration that matched empty; PCRE2 goes on to hi.
                _refuse("a bounded repeat of a group that can match the empty string")
            if op is POSSESSIVE_REPEAT and (hi is MAXREPEAT or hi > 1):
                every, always = _groups(item)
                if every - always:
                    # sre reports a group an iteration did not set as empty at the end of the
                    # match, not with the value an earlier iteration gave it.
                    _refuse("a capturing group an iteration may leave unset, inside a possessive "
                            "repeat")
            # sre never backtracks into an iteration of a possessive repeat: each is atomic.
            possessive = op is POSSESSIVE_REPEAT
            emit('(?>(?>' if possessive else '(?:')
            _compile(code, item, flags)
            if hi is MAXREPEAT:
                emit('){%d,}' % lo)
            else:
                emit('){%d,%d}' % (lo, hi))
            if op is MIN_REPEAT:
                emit('?')
            elif possessive:
                emit(')')
        elif op is SUBPATTERN:
            group, add_flags, del_flags, p = av
            inner = (flags | add_flags) & ~del_flags
            if group:
                emit('(')
                code.open_groups.append(group)
            if add_flags & SRE_FLAG_IGNORECASE:
                emit('(?i:')
            elif del_flags & SRE_FLAG_IGNORECASE:
                emit('(?-i:')
            else:
                emit('(?:')
            _compile(code, p, inner)
            emit(')')
            if group:
                code.open_groups.pop()
                # The last mark on the matching path names the group closed last: lastindex.
                emit(')(*MARK:%d)' % group)
        elif op is ATOMIC_GROUP:
            emit('(?>')
            _compile(code, av, flags)
            emit(')')
        elif op in _ASSERT_CODES:
            if av[0] >= 0:
                emit('(?=' if op is ASSERT else '(?!')
            else:
                lo, hi = av[1].getwidth()
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                emit('(?<=' if op is ASSERT else '(?<!')
            _compile(code, av[1], flags)
            emit(')')
        elif op is AT:
            if av is AT_BEGINNING:
                emit('(?<![^\\x{a}])' if flags & SRE_FLAG_MULTILINE else '\\A')
            elif av is AT_BEGINNING_STRING:
                emit('\\A')
            elif av is AT_END:
                emit('(?![^\\x{a}])' if flags & SRE_FLAG_MULTILINE else '(?=\\x{a}?\\z)')
            elif av is AT_END_STRING:
                emit('\\z')
            elif av is AT_BOUNDARY:
                emit(writer.boundary(flags, False))
            else:
                emit(writer.boundary(flags, True))
        elif op is BRANCH:
            emit('(?:')
            for i, p in enumerate(av[1]):
                if i:
                    emit('|')
                _compile(code, p, flags)
            emit(')')
        elif op is CATEGORY:
            emit('[' + writer.category(av, flags) + ']')
        elif op is GROUPREF:
            if flags & SRE_FLAG_IGNORECASE and writer.istext:
                # sre's lower(a) == lower(b), checked by regex.cpp's callout (PCRE2 folds other
                # pairs); then as many characters as the group has (a fixed number in a
                # lookbehind, where sre requires the group's width to be fixed).
                emit('(?C"%s%d")' % ('u' if writer.unicode(flags) else 'a', av))
                width = code.groupwidths[av] if av < len(code.groupwidths) else None
                if width and width[0] == width[1] <= _PCRE_QUANTIFIER_MAX:
                    emit('[%s]{%d}' % (_ranges([(0, writer.top)]), width[0]))
                else:
                    emit('(?:(?C"+")[%s])*+' % _ranges([(0, writer.top)]))
            else:
                emit('\\g{%d}' % av)
        elif op is GROUPREF_EXISTS:
            if av[0] in code.open_groups:
                # sre keeps the group's end mark when it backtracks out of it.
                _refuse("a conditional (?(N)...) inside group N")
            emit('(?(%d)(?:' % av[0])
            _compile(code, av[1], flags)
            emit(')')
            if av[2]:
                emit('|(?:')
                _compile(code, av[2], flags)
                emit(')')
            emit(')')
        else:
            raise error("internal: unsupported operand type %r" % (op,))

def isstring(obj):
    return isinstance(obj, (str, bytes))

def _code(p, flags):

    flags = p.state.flags | flags
    code = _Code(_Writer(_istext(p)), p.state.groupwidths)
    if flags & SRE_FLAG_IGNORECASE:
        code.append('(?i)')

    # compile the pattern
    _compile(code, p.data, flags)

    return ''.join(code)

def _istext(p):
    # A Scanner's tree has no pattern string: its phrases are str.
    return isinstance(getattr(p.state, 'str', ''), str)

def compile(p, flags=0):
    # internal: convert pattern list to internal format

    if isstring(p):
        pattern = p
        p = _parser.parse(p, flags)
    else:
        pattern = None

    code = _code(p, flags)

    # map in either direction
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k

    return _sre.compile(
        pattern, flags | p.state.flags, code,
        p.state.groups-1,
        groupindex, tuple(indexgroup), _istext(p)
        )
