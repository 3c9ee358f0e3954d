# Character classes with several members beyond the BMP under IGNORECASE (Deseret letters):
# CPython 3.11 matches a single-member class or a literal case-insensitively, but a class of
# several members that holds only the upper-case letter misses the lower-case one.
import re

UPPER, LOWER = "\U00010400", "\U00010428"
for pattern in [UPPER, "[%s]" % UPPER, "[\x00%s]" % UPPER, "[a%s]" % UPPER, "[%s\U00010401]" % UPPER,
                "[\U00010400-\U00010401]", "[%s]" % LOWER, "[\x00%s]" % LOWER, "[^\x00%s]" % UPPER]:
    print(ascii(pattern), re.fullmatch(pattern, LOWER, re.I) is not None, re.fullmatch(pattern, UPPER, re.I) is not None)
