# Word boundaries under ASCII|IGNORECASE: sre's ASCII \b and \B look at ASCII word characters
# only, whatever the case flag, so 'ſ' (U+017F) and the Kelvin sign (U+212A) are not word
# characters, although IGNORECASE lets the letters 's' and 'k' match them.
import re

for text in ["ſ", "xſy", "ſ 11 Kx", "Kelvin \u212aelvin", "Straſſe"]:
    print(repr(text), [m.span() for m in re.finditer(r"\b", text, re.A | re.I)],
          re.sub(r"\B", "|", text, flags=re.A | re.I), re.split(r"\b", text, flags=re.I | re.A))
print(re.findall(r"(?ai)\b\w+\b", "ſtraſſe Kelvin \u212a"), re.findall(r"(?ai)\b[a-z]+\b", "ſtraſſe \u212aelvin"))
print(re.findall(r"(?ai)s", "ſS"), re.findall(r"(?ai)\w", "ſ\u212a"), re.findall(r"(?a)\b", "ſ"))
