"""Hand-written text wrapping and justification into two columns; exits with 2 on overflow."""
import sys
from functools import lru_cache

TEXT = ("Asynchronous programs interleave many tasks on one thread. Each task runs until it "
        "awaits something, then the event loop picks the next ready task. This makes "
        "concurrency cheap, but a task that never awaits starves every other one. "
        "Supercalifragilisticexpialidocious words must be hyphenated or they overflow.")


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    cur: list[str] = []
    length = 0
    for word in text.split():
        while len(word) > width:
            if cur:
                lines.append(" ".join(cur))
                cur, length = [], 0
            lines.append(word[: width - 1] + "-")
            word = word[width - 1:]
        extra = len(word) + (1 if cur else 0)
        if length + extra > width:
            lines.append(" ".join(cur))
            cur, length = [word], len(word)
        else:
            cur.append(word)
            length += extra
    if cur:
        lines.append(" ".join(cur))
    return lines


def justify(line: str, width: int) -> str:
    words = line.split(" ")
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


@lru_cache(maxsize=None)
def rule(width: int, ch: str = "-") -> str:
    return ch * width


def two_columns(lines: list[str], width: int, gutter: str = " | ") -> list[str]:
    half = (len(lines) + 1) // 2
    left, right = lines[:half], lines[half:]
    right += [""] * (len(left) - len(right))
    return [f"{l:<{width}}{gutter}{r}".rstrip() for l, r in zip(left, right)]


for width in (28, 20):
    lines = wrap(TEXT, width)
    body = [justify(l, width) if i < len(lines) - 1 else l for i, l in enumerate(lines)]
    print(rule(width * 2 + 3, "="))
    for row in two_columns(body, width):
        print(row)
    print(rule(width * 2 + 3))
    print(f"width={width}: {len(lines)} lines, longest={max(map(len, lines))}")

print(rule.cache_info())
centered = [s.center(30, ".") for s in ("title", "sub title", "x")]
print("\n".join(centered))
print("|".join(w.title().zfill(6) for w in "go is fun".split()))
print("tab\tseparated\tvalues".expandtabs(12) + "|")
print("  mixed Case  ".strip().swapcase(), "ß".upper(), "ǅ".lower(), "ﬁ".casefold())
MAX = 8
too_long = [w for w in TEXT.replace(".", "").split() if len(w) > MAX * 2]
if too_long:
    print(f"error: {len(too_long)} word(s) longer than {MAX * 2}: {too_long}", file=sys.stderr)
    sys.exit(2)
print("not reached")
