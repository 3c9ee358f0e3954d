# Case-insensitive search over Turkish names: sre folds with str.lower() per character and a
# table of equivalents, so under IGNORECASE 'i' and 'I' also match dotless 'ı' (U+0131) and
# dotted 'İ' (U+0130), in literals and in classes (PCRE2's own case folding would not).
import re

CITIES = ["İstanbul", "Izmir", "ızgara", "Iğdır", "istanbul", "DİYARBAKIR", "Ordu"]
for query in ["istanbul", "ISTANBUL", "izmir", "ızgara", "iğdır", "diyarbakır"]:
    rx = re.compile(re.escape(query), re.IGNORECASE)
    print(f"{query:11}", [c for c in CITIES if rx.fullmatch(c)])

print(re.match("i", "ı", re.I), re.match("i", "İ", re.I), re.match("İ", "i", re.I), re.match("ı", "I", re.I))
print(re.findall(r"(?i)[i]", "iIıİ"), re.findall(r"(?i)[a-z]", "ıİ"), re.findall(r"(?i)[^i]", "iIıİ"))
print(re.findall(r"(?ia)i", "iIıİ"), re.findall(r"(?i)[ı]", "iIıİ"), re.findall(r"(?i)[İ]", "iIıİ"))
