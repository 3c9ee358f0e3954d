# string's constants (their reprs, membership checks built on them) and capwords with and
# without a separator, its errors caught.
import string
from string import ascii_lowercase, capwords, digits

for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits",
             "printable", "punctuation", "whitespace"):
    value = getattr(string, name)
    print(name, len(value), repr(value))
word = "Hello, World 42!"
print(sum(c in string.punctuation for c in word), [c for c in word if c in digits], word.strip(string.punctuation))
table = str.maketrans(ascii_lowercase, ascii_lowercase[13:] + ascii_lowercase[:13])
print("uryyb".translate(table))
print(capwords("  the quick\tbrown   FOX  "), capwords("a-b--c", "-"), repr(capwords("")), capwords("x y", None))
print(capwords.__name__, string.capwords is capwords)
for args in ((5,), ("a", 5), (["a"],), ("a b", "")):
    try:
        print(capwords(*args))
    except (TypeError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
