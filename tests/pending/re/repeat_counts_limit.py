# Repetition counts above 65535: sre accepts any count below 2**32 - 1.
import re

print(re.compile(r"\d{1,100000}").match("12345").group())
print(re.fullmatch(r"(?:ab){0,70000}", "ab" * 3), re.fullmatch(r"x{65536}", "x" * 65536) is not None)
print(len(re.match(r"a{70000,}", "a" * 70001).group()), re.match(r"a{1,99999}?", "aaa"))
