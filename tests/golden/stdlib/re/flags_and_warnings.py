# A pattern "linter" that compiles user patterns with a flags string ("imsx..."), reports the
# resulting RegexFlag values, and lets re's FutureWarning and DeprecationWarning through to
# stderr (shown once per place and message, as CPython's default filters do).
import re

FLAG_LETTERS = {"i": re.I, "m": re.M, "s": re.S, "x": re.X, "a": re.A, "u": re.U, "l": re.L}


def parse_flags(letters):
    flags = re.NOFLAG
    for ch in letters:
        flags |= FLAG_LETTERS[ch]
    return flags


for letters in ["", "i", "im", "isx", "a", "ia", "u", "xmsia"]:
    f = parse_flags(letters)
    print(f"{letters!r:8} {f!r:45} {int(f):4} {f & re.I!r:14} {bool(f & re.M)}")
print(re.I | re.M, re.I & re.M, re.I ^ re.I, ~re.NOFLAG & 0x1ff, re.RegexFlag(2), re.RegexFlag(2 | 8))
print(re.IGNORECASE is re.I, re.I == 2, isinstance(re.I, int), re.RegexFlag.DOTALL.name, re.S.value)
print(list(re.RegexFlag)[:5], str(re.M) == repr(re.M) or str(re.M), re.U.value, re.A.value)

for p in ["[[a-z]", "[a-z--0-9]", "[a&&b]", "[a||b]", "[~~x]", "[a]]", "[[:alpha:]]"]:
    rx = re.compile(p)
    print(repr(p), rx.findall("ab[:]&|~x-09"))

# the same warning from one line is shown once; re.template and the TEMPLATE flag are deprecated
for i in range(3):
    re.compile("[[ab]" + "c" * i)
re.compile("[[ab]")
print(re.findall("[[ab]", "[a[b"))
re.compile(b"(?P<\xe9t\xe9>x)")
print(re.template("ab").findall("abbb ab"), re.compile("a[bc]", re.T).pattern, re.compile("x", re.TEMPLATE) is re.compile("x", re.T))
print(re.compile("[a-b]", re.NOFLAG).pattern, re.compile(r"\w", re.DEBUG and 0))
