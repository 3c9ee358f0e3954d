# A bytes literal holds ASCII characters only; others are written as \x escapes.
greeting = "grüß"
raw = b"gr\xc3\xbc\xc3\x9f"
wrong = b"grüß"
