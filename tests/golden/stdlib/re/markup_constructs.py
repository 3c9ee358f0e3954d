# A lightweight markup converter (Markdown-ish to HTML) built on the harder constructs:
# non-greedy and possessive quantifiers, atomic groups, look-ahead and look-behind,
# conditional groups, backreferences, and the empty-match rules of findall/sub/split.
import re

DOC = """# Title with *emphasis*
Some **bold** and *italic* text, `code *not* emphasised`, and __under__ score.
A [link](https://example.org/a_(b)) and an ![image](pic.png "Caption").
Prices: $5, $10.50 and 5$; e-mail: <ada@example.com>.
## Sub-title ##
"""

RULES = [
    (re.compile(r"^(#{1,6})\s+(.*?)\s*#*$", re.M), lambda m: f"<h{len(m[1])}>{m[2]}</h{len(m[1])}>"),
    (re.compile(r"`([^`]++)`"), r"<code>\1</code>"),
    (re.compile(r"(?<![\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"<b>\2</b>"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"<i>\1</i>"),
    (re.compile(r"(!)?\[([^\]]*)\]\(((?>[^()\s]+|\([^()]*\))+)(?:\s+\"(.*?)\")?\)"),
     lambda m: (f'<img src="{m[3]}" alt="{m[2]}" title="{m[4]}">' if m[1] else f'<a href="{m[3]}">{m[2]}</a>')),
    (re.compile(r"<(?P<addr>[^@>\s]+@[^>\s]+)>"), r'<a href="mailto:\g<addr>">\g<addr></a>'),
]

html = DOC
for rx, repl in RULES:
    html, n = rx.subn(repl, html)
    print(f"{n} x {rx.pattern[:30]!r}")
print(html)

# greedy, non-greedy, possessive and atomic on the same input
s = '<a href="x">one</a> <b>two</b>'
for p in [r"<.+>", r"<.+?>", r"<[^>]++>", r"<.++>", r"(?>.*)>", r"(?>.*?)>", r"<(\w)>.*?</\1>",
          r"\w{2,}?", r"\w{2,3}+", r"\w?+o", r"\w*+\d", r"(?:\s|\w)*+<"]:
    print(f"{p:18}", re.findall(p, s)[:4])

# look-behind and look-ahead: thousands separators, prices, words not followed by punctuation
print(re.sub(r"(?<=\d)(?=(?:\d{3})+(?!\d))", ",", "1234567 and 89 and 1000000.5"))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", DOC), re.findall(r"\d+(?=\$)", DOC))
print(re.findall(r"\b\w+\b(?![,.;])", "one, two three. four"), re.findall(r"(?<!-)\b\w+", "a-b c -d"))
print(re.findall(r"(?<=(a))b", "ab cb ab"), re.search(r"(?<=ab|cd)x", "cdx"), re.findall(r"(?<!^)x", "xxx"))

# conditional groups: optional brackets that must balance, optional quotes
for item in ["<tag>", "tag", "<tag", "tag>", "<<tag>>"]:
    print(item, re.fullmatch(r"(<)?\w+(?(1)>)", item), re.fullmatch(r"(?P<open><)?\w+(?(open)>|!?)", item))
print(re.findall(r"(?:(\()|\b)\d+(?(1)\))", "(1) 2 (3 4) (5)"))

# backreferences: doubled letters, HTML-ish tags, palindromes of five letters
print(re.findall(r"(\w)\1", "bookkeeper mississippi"), re.findall(r"(?i)(\w)\1", "AaBbcC"))
print(re.findall(r"<(\w+)>(.*?)</\1>", "<b>x</b><i>y</b></i>"), re.fullmatch(r"(\w)(\w)\w\2\1", "level"))
print(re.findall(r"(?P<c>[aeiou])(?P=c)", "book beer taa"), re.search(r"(a)|\1", "x"))

# empty matches in findall, finditer, split and sub
for p, t in [(r"a*", "baaac"), (r"a*?", "baa"), (r"\b", "ab cd"), (r"(?=b)", "abab"), (r"|a", "aa"), (r"a|", "aa")]:
    print(f"{p:6} {t:6}", re.findall(p, t), [m.span() for m in re.finditer(p, t)], re.sub(p, "-", t), re.split(p, t))
