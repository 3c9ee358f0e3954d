# A multilingual search box: case-insensitive lookups of names and words in several scripts
# (Latin with diacritics, German ß, Greek sigmas, Cyrillic, Armenian, Cherokee, Deseret),
# the ASCII flag's narrower folding, and highlighting of the hits with their spans.
import re

NAMES = ["Ångström", "ÅNGSTRÖM", "angstrom", "Straße", "STRASSE", "ẞ", "Σίσυφος", "ΣΊΣΥΦΟΣ",
         "σίσυφοσ", "Иван", "ИВАН", "иван", "Ǆemal", "ǅemal", "ǆemal", "Ꭰ", "ꭰ", "𐐀𐐁", "𐐨𐐩",
         "Kelvin", "ſtreet", "µs", "Μs", "ÿes", "Ÿes", "ǈubljana", "ﬁne", "Fine"]


def search(query, flags=re.IGNORECASE):
    rx = re.compile(re.escape(query), flags)
    return [n for n in NAMES if rx.search(n)]


for query in ["ångström", "STRASSE", "straße", "ß", "ẞ", "σίσυφος", "ΣΊΣΥΦΟΣ", "иван", "ǅ", "ǆemal",
              "ꭰ", "Ꭰ", "𐐨", "𐐀𐐩", "k", "KELVIN", "s", "S", "µ", "μ", "ÿ", "Ÿ", "ǉ", "ﬁ", "fi"]:
    print(f"{query!r:12} {search(query)}")

print("ASCII:", search("k", re.I | re.A), search("ÿ", re.I | re.A), search("s", re.I | re.A), search("µ", re.I | re.A))

# classes and ranges under IGNORECASE
for pattern in [r"[a-z]+", r"[à-ÿ]+", r"[α-ω]+", r"[а-я]+", r"[^a-z\s]+", r"[Ա-Ֆ]+", r"[ǅ]", r"[\u1e9e]", r"[k]", r"[s]"]:
    text = "Ünïcode ÀÉÎÕÜ ΑΒΓΔ Ωμέγα ПРИВЕТ мир ԱԲԳ աբգ ǄǅǆẞßKſK"
    print(f"{pattern:12}", re.findall(pattern, text, re.I), re.findall(pattern, text, re.I | re.A)[:4])

# highlighting every hit of a word list, case-insensitively, with word boundaries
WORDS = ["café", "naïve", "東京", "straße", "ὀδυσσεύς"]
rx = re.compile(r"\b(?:" + "|".join(map(re.escape, WORDS)) + r")\b", re.I)
text = "CAFÉ Naïve! 東京タワー, Straße/STRASSE; Ὀδυσσεύς and ὈΔΥΣΣΕΎΣ, cafés"
print(rx.sub(lambda m: f"[{m.group()}]", text))
print([(m.group(), m.span()) for m in rx.finditer(text)])

# case-insensitive backreferences for simple letters, and scoped flags in Unicode
print(re.findall(r"(?i)\b(\w)\w*\s+\1\w*", "Élan élégant, Ωmega ωmicron, Bob bill, Юг юла"))
print(re.findall(r"(?i:é)[a-z]+", "École école ÉCOLE"), re.findall(r"É(?i:cole)", "École ÉCOLE école"))
print(re.sub(r"(?i)ǆ", "dž", "Ǆemal ǅemal ǆemal"), re.fullmatch(r"(?i)ﬀ", "FF"), re.fullmatch(r"(?i)ß", "SS"))
print(re.fullmatch(r"(?i)[^ß]", "ẞ"), re.fullmatch(r"(?i)[^k]", "K"), re.fullmatch(r"(?i)[^k]", "\u212a", re.A))
