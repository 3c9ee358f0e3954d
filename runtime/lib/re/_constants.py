"""Internal support module for sre

aiocc's re/_constants.py: the error class, the opcodes of the parsed tree and the flags, as
CPython 3.11's. The opcodes name the nodes of re/_parser.py's tree, which re/_compiler.py writes
out for PCRE2 instead of sre's code words.
"""

MAGIC = 20220615

from _sre import MAXREPEAT, MAXGROUPS


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class _NamedIntConstant(int):
    def __new__(cls, value, name):
        self = super(_NamedIntConstant, cls).__new__(cls, value)
        self.name = name
        return self

    def __repr__(self):
        return self.name

    __reduce__ = None

MAXREPEAT = _NamedIntConstant(MAXREPEAT, 'MAXREPEAT')

# The opcodes of the parsed tree (CPython numbers them for sre; only their names matter here).
FAILURE = _NamedIntConstant(0, 'FAILURE')
SUCCESS = _NamedIntConstant(1, 'SUCCESS')
ANY = _NamedIntConstant(2, 'ANY')
ASSERT = _NamedIntConstant(4, 'ASSERT')
ASSERT_NOT = _NamedIntConstant(5, 'ASSERT_NOT')
AT = _NamedIntConstant(6, 'AT')
BRANCH = _NamedIntConstant(7, 'BRANCH')
CATEGORY = _NamedIntConstant(8, 'CATEGORY')
GROUPREF = _NamedIntConstant(11, 'GROUPREF')
GROUPREF_EXISTS = _NamedIntConstant(12, 'GROUPREF_EXISTS')
IN = _NamedIntConstant(13, 'IN')
LITERAL = _NamedIntConstant(16, 'LITERAL')
NOT_LITERAL = _NamedIntConstant(20, 'NOT_LITERAL')
NEGATE = _NamedIntConstant(21, 'NEGATE')
RANGE = _NamedIntConstant(22, 'RANGE')
SUBPATTERN = _NamedIntConstant(25, 'SUBPATTERN')
ATOMIC_GROUP = _NamedIntConstant(27, 'ATOMIC_GROUP')
POSSESSIVE_REPEAT = _NamedIntConstant(28, 'POSSESSIVE_REPEAT')
MIN_REPEAT = _NamedIntConstant(43, 'MIN_REPEAT')
MAX_REPEAT = _NamedIntConstant(44, 'MAX_REPEAT')

AT_BEGINNING = _NamedIntConstant(0, 'AT_BEGINNING')
AT_BEGINNING_LINE = _NamedIntConstant(1, 'AT_BEGINNING_LINE')
AT_BEGINNING_STRING = _NamedIntConstant(2, 'AT_BEGINNING_STRING')
AT_BOUNDARY = _NamedIntConstant(3, 'AT_BOUNDARY')
AT_NON_BOUNDARY = _NamedIntConstant(4, 'AT_NON_BOUNDARY')
AT_END = _NamedIntConstant(5, 'AT_END')
AT_END_LINE = _NamedIntConstant(6, 'AT_END_LINE')
AT_END_STRING = _NamedIntConstant(7, 'AT_END_STRING')

CATEGORY_DIGIT = _NamedIntConstant(0, 'CATEGORY_DIGIT')
CATEGORY_NOT_DIGIT = _NamedIntConstant(1, 'CATEGORY_NOT_DIGIT')
CATEGORY_SPACE = _NamedIntConstant(2, 'CATEGORY_SPACE')
CATEGORY_NOT_SPACE = _NamedIntConstant(3, 'CATEGORY_NOT_SPACE')
CATEGORY_WORD = _NamedIntConstant(4, 'CATEGORY_WORD')
CATEGORY_NOT_WORD = _NamedIntConstant(5, 'CATEGORY_NOT_WORD')

# flags
SRE_FLAG_TEMPLATE = 1 # template mode (unknown purpose, deprecated)
SRE_FLAG_IGNORECASE = 2 # case insensitive
SRE_FLAG_LOCALE = 4 # honour system locale
SRE_FLAG_MULTILINE = 8 # treat target as multiline string
SRE_FLAG_DOTALL = 16 # treat target as a single string
SRE_FLAG_UNICODE = 32 # use unicode "locale"
SRE_FLAG_VERBOSE = 64 # ignore whitespace and comments
SRE_FLAG_DEBUG = 128 # debugging
SRE_FLAG_ASCII = 256 # use ascii "locale"
