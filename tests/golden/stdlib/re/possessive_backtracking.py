# Possessive repeats of groups (new in 3.11): sre makes each iteration atomic, so it does not
# backtrack into an earlier iteration to let a later one match, even to reach the minimum count;
# PCRE2's X{n,m}+ is (?>X{n,m}) and does.
import re

for pattern, text in [(r"(?:a|ab){2}+", "aba"), (r"(?:a{1,2}){2}+", "aa"), (r"(?:.{1,2}){2}+", "cb"),
                      (r"(?:a+){2}+", "aaa"), (r"(?:a+){2,3}+", "aa"), (r"(?:a*b|a){2}+", "aab"),
                      (r"((a).*){2}+", "aa"), (r"((.*b){2}+)", "bb"), (r"(?:ab|a){2}+c", "abac")]:
    print(f"{pattern:16} {text!r:6}", re.fullmatch(pattern, text), re.search(pattern, text))

# a date with a possessive two-digit group: "(?:\d{1,2}[./]){2}+\d{4}"
for date in ["1.2.2023", "01.02.2023", "1/12/2023"]:
    print(date, re.fullmatch(r"(?:\d{1,2}[./]){2}+\d{4}", date), re.fullmatch(r"(?:\d{1,2}?[./]){2}+\d{4}", date))
