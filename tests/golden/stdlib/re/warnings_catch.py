# Catching re's warnings with warnings.catch_warnings: FutureWarning for possible set
# operations, DeprecationWarning for non-ASCII group names in bytes and for re.template, and a
# FutureWarning turned into an error by a filter.
import re
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    re.compile("[[x]")
    re.compile("(?x)[ [x] ]")
    re.compile(b"(?P<\xe9t\xe9>x)")
    re.compile("a{1,}[--z]")
    re.template("ab")
    re.compile("ab", re.T)
for w in caught:
    print(w.category.__name__, "|", w.message, "|", w.lineno > 0)

with warnings.catch_warnings():
    warnings.simplefilter("error", FutureWarning)
    try:
        re.compile("[a&&b]")
    except FutureWarning as e:
        print("FutureWarning raised:", e)
