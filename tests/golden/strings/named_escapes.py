# \N{name} escapes: Unicode names in any case, aliases (control characters, abbreviations),
# the algorithmic CJK and Hangul names; also in f-strings (the braces are no field) and their
# format specs; raw strings and bytes keep them as text.
bullet = "\N{BULLET}"
print(ascii("\N{greek small letter alpha}\N{LATIN CAPITAL LETTER E WITH ACUTE}"), bullet * 3)
print(ascii("\N{LF}\N{NBSP}\N{ESC}\N{BYTE ORDER MARK}\N{NULL}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E2D}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE HAN}"))
count = 3
print(f"{count} items \N{EM DASH} done", f"{count:\N{MIDDLE DOT}>6}", f"\\N{count}")
print(r"\N{BULLET}", b"\N{BULLET}", len("\N{EMOJI MODIFIER FITZPATRICK TYPE-1-2}"))
print("\N{SNOWMAN}".encode("utf-8"), "\N{DIGIT ZERO}" < "\N{DIGIT NINE}")
