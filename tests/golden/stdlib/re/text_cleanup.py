# Cleaning up multilingual text: splitting sentences and words (groups, maxsplit, empty
# matches), normalising whitespace and punctuation, \w \d \s \b over accented letters, CJK,
# other scripts' digits and emoji, and the ASCII flag's narrower classes.
import re

TEXT = "Déjà vu!  Le café coûte 3,50 €… 東京は晴れ。 Привет, мир!\tΓειά σου κόσμε; ٣ + ४ = 7 🎉🎉 ok\u00a0fin\u2003end"

print(re.split(r"(?<=[.!?。…;])\s+", TEXT))
print(re.split(r"\s+", TEXT, maxsplit=3))
print(re.split(r"(\s+)", "a  b\tc", 1), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\W+", "Hello, wörld! 你好"), re.split(r"\W+", "Hello, wörld!", flags=re.A))
print(re.split(r"x*", "axbc"), re.split(r"\b", "hi, you"), re.split(r"(?=[A-Z])", "splitCamelCaseWord"))
print(re.split(r"^", "a\nb\nc", flags=re.M), re.split(r"$", "a\nb\n", flags=re.M), re.split("", ""))
print(re.split(r"[,;]\s*", "one, two;three,  four", maxsplit=2), re.split("z", "abc"))

print(re.findall(r"\w+", TEXT))
print(re.findall(r"\w+", TEXT, re.ASCII))
print(re.findall(r"\d+", TEXT), re.findall(r"\d", TEXT, re.A), re.findall(r"[^\W\d_]+", "a1_b2 çé_"))
print([m.span() for m in re.finditer(r"\s+", TEXT)])
print(re.findall(r"\S+", "\u00a0x\u2003y\u3000z\x1cw\x85v"), re.findall(r"\s", "\x1c\x1d\x1e\x1f\x85\u2028", re.A))
print(re.findall(r"\b\w", "l'été à Paris, 東京 and _x9"), re.findall(r"\w\b", "naïve café"))
print(re.findall(r"\B\w+", "mañana über"), re.findall(r"\b\w+\b", "é é", re.A))
print(re.findall(r"[🎉-🎊]+|[\u4e00-\u9fff]+", TEXT), re.sub(r"[^\x00-\x7f]", "?", "naïve 🎉"))
print(re.findall(r"(?i)straße|STRASSE", "Straße STRASSE strasse"), re.findall(r"(?i)[α-ω]+", "ΑΒΓ δεζ"))
print(re.findall("(?i)é+", "éÉèE"), re.findall(r"(?i)ÿ", "ÿŸ"), re.findall("(?i)ǆ", "ǄǅǆDŽ"))

# normalising: collapse runs of spaces, fix spacing around punctuation, strip control chars
def clean(s):
    s = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", s)
    s = re.sub(r"[ \t\u00a0\u2003]+", " ", s)
    s = re.sub(r"\s+([,.;!?])", r"\1", s)
    s = re.sub(r"([,.;!?])(?=\w)", r"\1 ", s)
    s = re.sub(r"(?m)^ +| +$", "", s)
    return s

print(repr(clean("Hello ,world !How\x07 are\u00a0 you ?Fine.\n   next line   \nlast ;one")))
print(repr(re.sub(r"\n{3,}", "\n\n", "a\n\n\n\n\nb\n\nc")))

# title-casing words, keeping apostrophes inside words
print(re.sub(r"[\w]+('[\w]+)?", lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(), "they're bill's FRIENDS from the UK"))

# MULTILINE and DOTALL: anchors and dots
doc = "first line\nsecond line\n\nfourth\n"
print(re.findall(r"^\w+", doc, re.M), re.findall(r"\w+$", doc, re.M), re.findall(r"\w+$", doc))
print(re.findall(r"\w+\Z", doc), re.search(r"line.second", doc), re.search(r"line.second", doc, re.S))
print(re.findall(r"^$", doc, re.M), re.findall(r"(?m)^", doc), re.search(r"\Afirst", doc), re.search(r"\Asecond", doc, re.M))
print(re.search(r"fourth$", "fourth\n"), re.search(r"fourth\Z", "fourth\n"), re.findall(r"$", "a\n"))
print(re.findall(r".", "a\nb\r\u2028c"), len(re.findall(r"(?s).", "a\nb\r\u2028c")))
