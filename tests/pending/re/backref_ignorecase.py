# Finding doubled letters case-insensitively with a backreference: sre compares the two
# characters by str.lower() only, so pairs that differ only in case folding -- 'ſ' and 's',
# 'µ' and 'μ', final 'ς' and 'σ', 'ϐ' and 'β', 'ẛ' and 'ṡ', Kelvin sign and 'k' (which does lower
# to 'k') -- do not match each other through \1, although the literals match.
import re

WORDS = ["Meſs", "µμ", "ΣΟΦΟΣς", "ϐβ", "ẛṡ", "\u212ak", "Aa", "ßẞ", "ϑθ", "ﬁfi", "ͅι"]
for w in WORDS:
    m = re.search(r"(?i)(\w)\1", w)
    print(f"{w!r:10} backref: {m and m.group()!r:8} literal: {bool(re.fullmatch('(?i)' + re.escape(w[-2]), w[-1]))}")
print(re.fullmatch(r"(.)\1", "ſs", re.I), re.fullmatch(r"(.)\1", "sſ", re.I), re.fullmatch(r"(.)\1", "ςσ", re.I))
print(re.fullmatch(r"(?P<c>.)(?P=c)", "µΜ", re.I), re.fullmatch(r"(.)\1", "µμ", re.I))
