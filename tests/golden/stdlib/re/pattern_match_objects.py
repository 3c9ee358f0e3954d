# A regex "inspector" a developer tool might print: Pattern attributes (pattern, flags, groups,
# groupindex, repr, equality, hashing, copying) and Match attributes (span, regs, lastindex,
# lastgroup, pos, endpos, re, string, expand, __getitem__, group with several arguments).
import copy
import re

PATTERNS = [
    re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>[^;]*)"),
    re.compile(r"(\d+)-(\d+)?", re.I | re.M),
    re.compile(rb"(?P<tag>[A-Z]{4})", re.S | re.X),
    re.compile(r"(?i)(?s)x.y"),
    re.compile(r"plain"),
    re.compile(r"(?a)\w", re.DOTALL),
    re.compile("x" * 250),
    re.compile("it's \"quoted\"\n\t\u00e9\U0001f600", re.VERBOSE),
]
for p in PATTERNS:
    print(repr(p)[:80])
    print("   ", p.pattern[:30] if isinstance(p.pattern, str) else p.pattern, int(p.flags), p.groups, dict(p.groupindex))

p = PATTERNS[0]
print(type(p).__name__, type(p).__module__, isinstance(p, re.Pattern), p.groupindex)
print(p == re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>[^;]*)"), p == re.compile(p.pattern, re.I), p != PATTERNS[1])
print(hash(p) == hash(re.compile(p.pattern)), copy.copy(p) is p, copy.deepcopy(p) is p, re.compile(p) is p)
print(re.Pattern[str], re.Match[bytes])
try:
    p.groupindex["key"] = 5
except TypeError as e:
    print("TypeError:", e)

m = p.search("  retries = 3; timeout=10", 1, 20)
print(m)
print(m.span(), m.span("value"), m.start(1), m.end(2), m.regs, m.pos, m.endpos)
print(m.lastindex, m.lastgroup, m.re is p, m.string, m[0], m["key"], m[2], m.group(0, "key", 2))
print(m.groups(), m.groupdict(), m.expand(r"\g<key> is \2 (\g<0>)"), bool(m))
print(type(m).__name__, isinstance(m, re.Match), copy.copy(m) is m, copy.deepcopy(m) is m)
for bad in [3, -1, "nope", 1.0, None]:
    try:
        print(m.group(bad))
    except IndexError as e:
        print(f"group({bad!r}): IndexError: {e}")
for bad in [5, "zz"]:
    for method in (m.start, m.end, m.span):
        try:
            print(method(bad))
        except IndexError as e:
            print(f"{method.__name__}({bad!r}): IndexError: {e}")

# lastindex and lastgroup on nested and alternative groups
for pattern, text in [(r"(a)(b)", "ab"), (r"((a)b)", "ab"), (r"(a)|(b)", "b"), (r"(a)(b)?", "a"),
                      (r"(?P<outer>x(?P<inner>y))", "xy"), (r"(a)|b", "b"), (r"(?:(a)|(b))+", "abab"),
                      (r"(?:(a)|(b))+", "ba"), (r"(a)()", "a"), (r"(a*)+", "aa"), (r"((a)|(b))*", "ab")]:
    m = re.match(pattern, text)
    print(f"{pattern:26} {text:5} {m.lastindex!s:5} {m.lastgroup!s:6} {m.groups()} {m.regs}")

# Match reprs: long, bytes, unicode, empty
print(re.search(r"\w+", "x" * 80))
print(re.search(rb"\S+", b"\x00\xff bytes"), re.search(r".+", "é🎉\n"), re.match(r"", "abc"))
print(re.search(r"'", "it's"), re.search("\"'", "a\"'b"), re.search(r"\\", "a\\b"))

# the module-level functions and the compiled pattern agree; the cache gives back the same object
print(re.compile(r"\d+") is re.compile(r"\d+"), re.compile(r"\d+") is re.compile(r"\d+", re.A))
print(re.search(r"\d+", "ab12"), re.compile(r"\d+").search("ab12"), re.match(p, "k=v").group(2))
re.purge()
print(re.findall(r"(?P<n>\d)", "a1b2"), re.fullmatch(r"a|ab", "ab"), re.match(r"a|ab", "ab"))
print(sorted(name for name in dir(re) if not name.startswith("_"))[:20])
