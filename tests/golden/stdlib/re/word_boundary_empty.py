# \B against an empty string: CPython 3.11's sre never matches \B (nor \b) in an empty string,
# so splitting or substituting on \B leaves "" alone.
import re

for pattern, text in [(r"\B", ""), (r"\b", ""), (rb"\B", b""), (r"(?a)\B", ""), (r"\B", " "), (r"\Bx*", ""),
                      (r"a?\Ba?", ""), (r"\B", "ab")]:
    print(f"{pattern!r:10} {text!r:5}", re.search(pattern, text), re.findall(pattern, text), re.sub(pattern, "-" if isinstance(text, str) else b"-", text),
          re.split(pattern, text))
