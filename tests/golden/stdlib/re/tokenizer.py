# A tokenizer for a tiny expression language: one master pattern of named alternatives, driven
# with Pattern.match(text, pos) and lastgroup; the same job done by re.Scanner; errors reported
# with a caret under the offending character.
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("NAME", r"[^\W\d]\w*"),
    ("OP", r"\*\*|//|[-+*/%=<>!]=?|[()\[\],:]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+|\#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in TOKEN_SPEC))
KEYWORDS = {"if", "else", "let", "print"}


def tokenize(code):
    line, line_start, pos = 1, 0, 0
    while pos < len(code):
        m = MASTER.match(code, pos)
        kind, value = m.lastgroup, m.group()
        if kind == "NEWLINE":
            line, line_start = line + 1, m.end()
        elif kind == "SKIP":
            pass
        elif kind == "MISMATCH":
            col = m.start() - line_start
            print(f"  error: unexpected {value!r} at {line}:{col + 1}")
            print("   ", code.splitlines()[line - 1])
            print("   ", " " * col + "^")
        else:
            if kind == "NAME" and value in KEYWORDS:
                kind = value.upper()
            yield kind, value, line, m.start() - line_start, m.lastindex
        pos = m.end()


SOURCE = '''let x = 3.14e-2 * (y ** 2) // 7   # comment
print "héllo \\"wörld\\"", naïve_名前 != 10
if x >= 1_0 : z = [1, 2] ? else q'''
for tok in tokenize(SOURCE):
    print(tok)

print(MASTER.groups, list(MASTER.groupindex)[:3], MASTER.pattern[:40])
# pos and endpos: matching inside a window of the string
text = "abc 123 def"
num = re.compile(r"\d+")
print(num.match(text), num.match(text, 4), num.match(text, 4, 6), num.search(text, 5, 7))
print(num.fullmatch(text, 4, 7), num.fullmatch(text, 4, 8), list(num.finditer(text, 0, 5)))
print(re.compile(r"^\w+").search(text, 4), re.compile(r"(?m)^\w+$").findall("a\nbc\n\nd", 2))
print(re.compile(r"\b\w").findall(text, 5), re.compile(r"(?<=c )\d").search(text, 4))
print(re.compile(r"\w+$").search(text, 0, 6), re.compile(r"\w+\Z").search(text, 0, 2))
print(num.findall(text, -5, 100), num.search(text, 100), num.match(text, endpos=-1))

# the same tokens through re.Scanner (the lexicon's callbacks see the scanner and the text)
def number(scanner, s):
    return ("NUM", float(s) if "." in s else int(s))

scanner = re.Scanner([
    (r"\d+\.\d+|\d+", number),
    (r"[A-Za-z_]\w*", lambda sc, s: ("ID", s, sc.match.span())),
    (r"[-+*/()=]", lambda sc, s: ("OP", s)),
    (r"\s+", None),
])
print(scanner.scan("alpha = 3 * (beta + 2.5)"))
print(scanner.scan("x = 1 $ 2"))
print(scanner.scan(""))
