# Backreferences under IGNORECASE compare lower(a) == lower(b) character by character, as sre
# does: not the case-folding sets PCRE2 would use (s with long s, mu with micro sign).
import re

# Every pair of characters that some case mapping relates, under IGNORECASE and ASCII.
groups = {}
for c in list(range(0x250)) + list(range(0x370, 0x530)) + list(range(0x1e00, 0x2200)) + list(range(0xa640, 0xa7ff)) + list(range(0xff21, 0xff5b)) + list(range(0x10400, 0x10450)):
    ch = chr(c)
    for key in {ch.lower()[0], ch.upper()[0], ch.casefold()[0]}:
        groups.setdefault(key, set()).add(ch)
pairs = sorted({(a, b) for g in groups.values() for a in g for b in g if a != b})
print(len(pairs), "pairs")
for flags in (re.I, re.I | re.A):
    rx = re.compile(r"(.)\1", flags)
    hits = [a + b for a, b in pairs if rx.fullmatch(a + b)]
    print(flags, len(hits), ascii("".join(hits[:400])))
    print(ascii("".join(hits[400:])))
rx = re.compile(r"(?i)(?<=(.))\1x")
print([ascii(m.group()) for m in rx.finditer("sſx kKx ssx Kkx")])
print(re.findall(r"(?i)\b(\w+) \1\b", "The the cat ſat Sat on ON the mat İi ii"))
print(re.sub(r"(?i)(?P<w>\w+)\s+(?P=w)", r"<\g<w>>", "Hello hello world WORLD Straße STRASSE µ μ σ ς Σ σ"))
print(re.match(r"(?i)(a)?b\1", "bA"), re.match(r"(?i)(a)?b(?(1)\1|c)", "bc"))
print(re.match(r"(?i:(k)\1)\1", "kKk"), re.match(r"(?i:(k)\1)\1", "kKK"))
print(re.fullmatch(r"(?i)(a+|b+)\1+", "aaAAaA"), re.fullmatch(r"(?i)(ab|a)\1*c", "abABaBc"))
print(re.search(r"(a)(?i:(?<=\1))b", "Ab"), re.search(r"(a)(?i:(?<=\1))b", "aab"))
print(re.search(r"(?i)(\w)(\w)?\2\1", "xyYX q"), re.search(r"(?ai)(\w+)-\1", "Kelvin-\u212aelvin kelvin-KELVIN"))
print(re.findall(r"(?i)(.)\1{2,}", "aAa bbB \u017fsS ccC"))
