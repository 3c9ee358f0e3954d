# Replacements of the wrong type: a str template for a bytes pattern and the reverse, a
# bytearray template, None and an int; and replacement functions returning the wrong type.
# CPython checks nothing up front: the error comes from joining the pieces (or from decoding
# a template that is not a string), so that nothing fails when nothing matches.
import re

CASES = [
    (rb"a", "x", b"abc"),
    (r"a", b"x", "abc"),
    (rb"a", "x\\0", b"abc"),
    (r"a", b"x\\0", "abc"),
    (r"a", bytearray(b"x"), "abc"),
    (rb"a", bytearray(b"x"), b"abc"),
    (r"a", None, "abc"),
    (r"a", 3, "abc"),
    (r"a", lambda m: 5, "abc"),
    (rb"a", lambda m: "x", b"abc"),
    (r"a", lambda m: b"x", "bab"),
    (r"a", lambda m: None, "abca"),
    (rb"z", "x", b"abc"),
    (r"z", b"x\\0", "abc"),
]
for pattern, repl, subject in CASES:
    try:
        print(repr(re.sub(pattern, repl, subject)))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(re.subn(pattern, repl, subject, count=1))
    except TypeError as e:
        print("TypeError:", e)
