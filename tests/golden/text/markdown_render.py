"""A tiny markdown-to-text renderer: headings, lists, emphasis, code spans, and tables."""
import sys

DOC = """\
# Release notes

Version **2.4** adds *faster* parsing and `--json` output.

## Changes
- Parser rewritten (see `parse.py`)
- New flag: `--quiet`
  continued line of the same item
- Dropped Python 3.7

## Numbers
1. first
2. second
10. tenth

| name | value | note |
|------|------:|:----:|
| alpha | 1 | a |
| beta | 22.5 | longer note |
| γ | -3 |  |

> quoted text that is long enough to need wrapping across more than one line of output

Trailing paragraph with a [link](http://example.com) and an ~~old~~ word.
"""


def inline(text):
    out = []
    i = 0
    while i < len(text):
        if text.startswith("**", i):
            j = text.index("**", i + 2)
            out.append(text[i + 2:j].upper())
            i = j + 2
        elif text[i] == "*":
            j = text.index("*", i + 1)
            out.append("_" + text[i + 1:j] + "_")
            i = j + 1
        elif text[i] == "`":
            j = text.index("`", i + 1)
            out.append("'" + text[i + 1:j] + "'")
            i = j + 1
        elif text[i] == "[":
            j = text.index("](", i)
            k = text.index(")", j)
            out.append(f"{text[i + 1:j]} <{text[j + 2:k]}>")
            i = k + 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def render_table(rows):
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
    header, spec, *body = cells
    aligns = []
    for s in spec:
        if s.startswith(":") and s.endswith(":"):
            aligns.append("^")
        elif s.endswith(":"):
            aligns.append(">")
        else:
            aligns.append("<")
    widths = [max(len(row[i]) for row in [header] + body) for i in range(len(header))]
    lines = ["  ".join(f"{h:^{w}}" for h, w in zip(header, widths))]
    lines.append("  ".join("-" * w for w in widths))
    for row in body:
        lines.append("  ".join(f"{c:{a}{w}}" for c, a, w in zip(row, aligns, widths)))
    return lines


def render(doc, width=40):
    out = []
    lines = doc.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            title = inline(line[level:].strip())
            out.append(title.upper() if level == 1 else title)
            out.append(("=" if level == 1 else "-") * len(title))
        elif line.startswith("|"):
            block = []
            while i < len(lines) and lines[i].startswith("|"):
                block.append(lines[i])
                i += 1
            out.extend(render_table(block))
            continue
        elif line.startswith("> "):
            words = line[2:].split()
            cur = "> "
            for w in words:
                if len(cur) + len(w) > width:
                    out.append(cur.rstrip())
                    cur = "> "
                cur += w + " "
            out.append(cur.rstrip())
        elif line.lstrip().startswith("- "):
            out.append("  • " + inline(line.lstrip()[2:]))
        elif line[:1].isdigit() and ". " in line:
            num, _, rest = line.partition(". ")
            out.append(f"{num:>4}) {inline(rest)}")
        elif line.startswith("  ") and out and out[-1].startswith("  •"):
            out[-1] += " " + inline(line.strip())
        else:
            out.append(inline(line))
        i += 1
    return out


def main():
    rendered = render(DOC)
    for line in rendered:
        print(line.rstrip())
    print("~" * 20)
    print("lines:", len(rendered), "longest:", max(map(len, rendered)))
    print("strike remains:", any("~~" in l for l in rendered))
    try:
        inline("unterminated **bold")
    except ValueError as e:
        print("inline error:", e)
    print(inline("a `b` *c* **d**"), file=sys.stderr)
    render("| a |\n")


main()
