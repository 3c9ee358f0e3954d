# Bounded repeats of a group that can match the empty string: sre stops repeating as soon as
# an iteration matches empty; PCRE2 keeps counting to the bound, which changes captures and,
# after an empty match, where finditer/sub/split find the next one.
import re

for pattern, text in [(r"(|a){0,3}b", "ab"), (r"(a??){0,2}b", "ab"), (r"(|a)*b", "ab")]:
    m = re.match(pattern, text)
    print(f"{pattern:12} {text!r:5}", m.regs)
for pattern, text in [(r"(?:^|a){,3}", "aa"), (r"(^|a){,3}", "aa"), (r"(?:^|a)*", "aa"), (r"(b*?){,3}\1", "bb"),
                      (r"()((|b)){,3}\3", "bb")]:
    print(f"{pattern:16} {text!r:5}", [m.span() for m in re.finditer(pattern, text)], re.sub(pattern, "-", text),
          re.findall(pattern, text))
