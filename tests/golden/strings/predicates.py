# Numeric and character-class predicates over ASCII and Unicode samples.
samples = ["123", "١٢٣", "²", "½", "Ⅻ", "一二三", "3.14", "-1", "", " ", "\t\n", "\u3000", "\xa0",
           "abc", "naïve", "東京", "ab12", "Ab_1", "_x", "1x", "x-y", "ℕ", "\u200b", "é\u0301",
           "Hello\n", "ǅ", "ⅷ", "𝟘𝟙", "\x1f", "\x85", "abc\x7f", "ÿ"]
preds = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
         "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
print(" " * 10 + " ".join(p[2:6] for p in preds))
for s in samples:
    print(f"{s!r:>10} " + " ".join(("T" if getattr(s, p)() else ".").center(4) for p in preds))


def parse_quantity(text):
    text = text.strip()
    if text.isdecimal():
        return int(text)
    if text.isnumeric():
        return "numeric but not decimal: " + text
    return None


for t in ["  42 ", "٤٢", "½", "4.2", "forty", "⁴²"]:
    print(repr(t), "->", parse_quantity(t))
print([w for w in "my_var 2nd class def λ x1 é_é".split() if w.isidentifier()])
