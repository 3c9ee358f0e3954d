# A "regex tester" that lets users type patterns: every malformed pattern is reported with
# re.error's msg, pos, lineno and colno, a caret under the position, and str(err); multi-line
# verbose patterns report line and column.
import re

USER_PATTERNS = [
    "(", ")", "(abc", "abc)", "a**", "a{2}{3}", "*a", "a|+", "[a", "[]", "[^]", "[z-a]", "[\\d-z]",
    "\\", "\\k", "\\p{L}", "\\x4", "\\u12g4", "\\U0011ffff", "\\N", "\\N{", "\\N{BOGUS NAME}",
    "\\777", "\\8", "(a)\\2", "a{3,2}", "a{,99999999999}", "x{4294967296}",
    "(?", "(?<", "(?P", "(?Px)", "(?P<>x)", "(?P<a b>x)", "(?P<1>x)", "(?P<a>x)(?P<a>y)",
    "(?P=a)", "(?P=1a)", "(?P=", "(?P<a>(?P=a))", "(?#unterminated", "(?z)", "(?i-i:x)",
    "(?-u:x)", "(?a)(?u)x", "(?au)x", "x(?i)", "(?i", "(?i-", "(?-", "(?-:x)", "(?<=a*)b",
    "(?<!a|bb)c", "(?<=(?P<x>a)+)b", "(?(1)a)", "(?(x)a)", "(?(1a)b)", "(a)(?(1)b|c|d)",
    "(?(0)a)", "(?(-1)a)", "(?>", "a++*", "[[:alpha:]", "a{1,2", "\\g<1>", "(?<a>x)",
]

for text in USER_PATTERNS:
    try:
        rx = re.compile(text)
    except re.error as err:
        print(f"{text!r:24} {err.msg} | pos={err.pos} line={err.lineno} col={err.colno}")
        if err.pos is not None:
            print(" " * 25 + " " * err.pos + "^")
        if err.pattern != text or err.args != (str(err),):
            print(" " * 25, "pattern:", repr(err.pattern), "args:", err.args)
    except (OverflowError, ValueError) as err:
        print(f"{text!r:24} {type(err).__name__}: {err}")
    else:
        print(f"{text!r:24} ok: {rx.groups} groups")

VERBOSE = [
    """
    (?P<year> \\d{4} ) -     # year
    (?P<month> \\d\\d        # month, unclosed
    - (?P<day> \\d\\d )
    """,
    """
    ^ [a-z]+
      ( \\d+ | [A-Z]+ )
      (?P<bad name> x )
    """,
    "line one\nline two ( \n",
    "ok\n\n\t\\q",
]
for text in VERBOSE:
    try:
        re.compile(text, re.X)
    except re.error as err:
        print(str(err))
        print("   ", err.msg, err.pos, err.lineno, err.colno)

for text in [b"(", b"\\u1234", b"[\\N{LATIN SMALL LETTER A}]", b"(?P<\xe9>x)", b"\\xZ"]:
    try:
        re.compile(text)
    except re.error as err:
        print(text, "->", err, "|", repr(err.pattern), err.pos, err.colno)

e = re.error("custom message")
print(repr(e.msg), e.pattern, e.pos, e.lineno, e.colno, str(e), isinstance(e, Exception), re.error.__name__, re.error.__module__)
e = re.error("at second line", "ab\ncd", 4)
print(str(e), e.lineno, e.colno)
print(re.error.__mro__[1:], issubclass(re.error, ValueError))
