# An error inside string.capwords shows its frame in string.py, with the carets under the
# failing part of its one line.
import string


def title_of(value):
    return string.capwords(value)


print(title_of("ok then"))
title_of(42)
