# Catastrophic backtracking in a badly written validator: CPython's sre simply takes its time
# and answers None; a match limit must not turn this into an exception.
import re

VALIDATOR = re.compile(r"^(\w+\s?)*$")
for n in [10, 16, 20, 22, 24]:
    text = "word " * 2 + "a" * n + "!"
    print(n, VALIDATOR.match(text))
print(re.match(r"(a+)+$", "a" * 24 + "b"), re.search(r"(x+x+)+y", "x" * 22))
