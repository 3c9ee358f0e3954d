# Catastrophic backtracking in a badly written validator: CPython's sre simply takes its time
# (well under a second here) and answers None; a match limit must not turn this into an exception.
import re

VALIDATOR = re.compile(r"^(\w+\s?)*$")
for n in [8, 12, 14, 16]:
    text = "word " * 2 + "a" * n + "!"
    print(n, VALIDATOR.match(text), VALIDATOR.match(text[:-1]))
print(re.match(r"(a+)+$", "a" * 20 + "b"), re.search(r"(x+x+)+y", "x" * 20))
