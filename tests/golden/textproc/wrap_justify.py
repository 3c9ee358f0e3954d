"""A small text formatter: wrapping, full justification, columns, RLE and a word index."""
import sys

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


def wrap(text, width):
    lines, line = [], []
    for word in text.split():
        if len(word) > width:
            raise ValueError(f"word {word!r} longer than width {width}")
        if line and len(" ".join(line + [word])) > width:
            lines.append(line)
            line = []
        line.append(word)
    if line:
        lines.append(line)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


def columns(lines, ncols, gutter=" | "):
    rows = -(-len(lines) // ncols)
    width = max(map(len, lines), default=0)
    cols = [lines[i * rows:(i + 1) * rows] for i in range(ncols)]
    for r in range(rows):
        cells = [(c[r] if r < len(c) else "").ljust(width) for c in cols]
        yield gutter.join(cells).rstrip()


def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)


def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


for width in (30, 42):
    print(f"--- width {width} " + "-" * (width - 10))
    lines = wrap(TEXT, width)
    for i, words in enumerate(lines):
        body = justify(words, width) if i < len(lines) - 1 else " ".join(words)
        print(f"|{body:<{width}}|")

print("--- columns")
short = [" ".join(w) for w in wrap(TEXT, 24)]
for row in columns(short, 2):
    print(row)

print("--- word index")
index = {}
for lineno, line in enumerate(TEXT.splitlines(), 1):
    for word in line.lower().replace(",", " ").replace(".", " ").split():
        index.setdefault(word, []).append(lineno)
common = sorted(index.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:6]
for word, where in common:
    print(f"{word:>8} x{len(where):<3} lines {','.join(map(str, sorted(set(where))))}")
letters = "".join(sorted(c for c in TEXT.lower() if c.isalpha()))
print(rle(letters)[:60], len(letters), unrle(rle(letters)) == letters)
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz"]:
    print(repr(s), "->", repr(rle(s)), "->", repr(unrle(rle(s))))
caesar = str.maketrans("abcdefghijklmnopqrstuvwxyz", "defghijklmnopqrstuvwxyzabc")
secret = TEXT.splitlines()[0].lower().translate(caesar)
print(secret)
print(secret.translate({v: k for k, v in caesar.items()}))

failures = 0
for width in (12, 8, 5):
    try:
        n = len(wrap(TEXT, width))
        print(f"width {width}: {n} lines")
    except ValueError as e:
        failures += 1
        print(f"width {width}: error: {e}", file=sys.stderr)
print(f"{failures} failure(s)")
sys.exit(f"could not wrap at {failures} widths" if failures else 0)
