# Groups inside a possessive repeat whose last iteration did not set them: CPython 3.11 reports
# them as empty at the end of the match, not as their value from the earlier iteration.
import re

for pattern in [r"(?:(b)|){2}+", r"((b)|){2}+", r"(((b))|){2}+", r"((b)|)*+", r"((b)|){1,2}+",
                r"(?:(b)|){2}", r"(?>(?:(b)|){2})"]:
    m = re.search(pattern, "b")
    print(f"{pattern:16}", m, m.groups(), m.regs)
