import textwrap
text = "Look, goof-ball -- use the -b option! The quick brown fox jumps over the lazy dog. " * 3 + "Supercalifragilisticexpialidocious-antidisestablishmentarianism end."
for w in (10, 20, 33, 70):
    print(textwrap.wrap(text, w))
    print(textwrap.fill(text, w, initial_indent="* ", subsequent_indent="  ", break_on_hyphens=False))
print(textwrap.shorten(text, 40), textwrap.shorten("Hello  world!", width=11))
print(textwrap.wrap("a b. c d. E f.", 5, fix_sentence_endings=True), textwrap.wrap("x\ty\tz", 4, expand_tabs=True))
print(textwrap.wrap(text, 25, max_lines=3, placeholder=" ..."))
print(repr(textwrap.dedent("""
    def f():
        return 1
      \t
    x
""")), repr(textwrap.indent("a\n\nb\n  \nc", "> ")), textwrap.indent("a\nb", "+", lambda l: True))
w = textwrap.TextWrapper(width=12, break_long_words=False)
print(w.wrap("short averyveryverylongword x"), TextWrapper := None)
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
print(textwrap.wrap("naïve café über straße — ok", 8))
textwrap.fill("abc", width=2, max_lines=1, placeholder="....")
