# re.template() and the TEMPLATE flag (deprecated in 3.11) refuse repetitions: CPython's
# compiler raises "internal: unsupported template operator" for them.
import re

print(re.template("ab").findall("abbb ab"), re.compile("a[bc]", re.T).findall("ab ac"))
for pattern in ["ab+", "a*", "(?:ab){2}", "x?"]:
    try:
        print(re.compile(pattern, re.TEMPLATE))
    except re.error as e:
        print(pattern, "->", e)
print(re.template("a+b"))
