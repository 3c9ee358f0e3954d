# A small text formatter: greedy word wrapping, full justification, centred headings,
# splitlines(keepends), partition/rpartition parsing, expandtabs, zfill, three-argument
# maketrans, removeprefix/removesuffix and casefold comparisons.
TEXT = """The quick brown fox jumps over the lazy dog. Pack my box with
five dozen liquor jugs!\tHow vexingly quick daft zebras jump."""


def wrap(text, width):
    lines, cur = [], []
    for word in text.split():
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(cur)
            cur = []
        cur.append(word)
    if cur:
        lines.append(cur)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]


for width in (20, 28):
    print(f" width {width} ".center(width + 2, "-"))
    wrapped = wrap(TEXT, width)
    for words in wrapped[:-1]:
        print("|" + justify(words, width) + "|")
    print("|" + " ".join(wrapped[-1]).ljust(width) + "|")
print(TEXT.splitlines(keepends=True))
print("a\tb\tc".expandtabs(4), "x\ty".expandtabs(), repr("1\t22\t333".expandtabs(3)))
header = "Content-Type: text/html; charset=utf-8"
key, sep, value = header.partition(": ")
print(key, "|", value.rpartition("=")[2], "|", header.partition("#"), "|", header.rpartition("#"))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
table = str.maketrans("aeiou", "AEIOU", ".,!")
print(TEXT.translate(table).split("\n")[0])
for name in ["test_login.py", "helper.py", "test_.py"]:
    print(name.removeprefix("test_").removesuffix(".py"), end=" ")
print()
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse", "ǅ".casefold(), "ﬁ".upper())
print("x=1;y=2;;z".split(";"), "  a  b ".split(), "a,b,,c".split(",", 2), "a b c".rsplit(" ", 1))
print("-".join(reversed("abc")), "title case of it's".title(), "ab" * 3, "ab".center(7, "*"))
