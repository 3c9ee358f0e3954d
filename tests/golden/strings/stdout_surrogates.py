# Lone surrogates written to stdout: UnicodeEncodeError, except the surrogateescape range in
# the C and C.UTF-8 locales, where CPython escapes them back to bytes (not used here: that
# depends on the locale).
import sys
print("ok", "é")
try:
    print("ab", "x\ud800\udfffy", "z")
except UnicodeEncodeError as e:
    print()
    print(type(e).__name__, e, e.start, e.end)
try:
    sys.stdout.write("q\ud900")
except UnicodeEncodeError as e:
    print(e)
print("\ud83d")
