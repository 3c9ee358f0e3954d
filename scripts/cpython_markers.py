#!/usr/bin/env python3
"""Places the `# cpython: N` markers of a library module (runtime/lib/NAME.py): for each def of
the module (in a class or not) that CPython's module has too, the def line and each line of its
body whose text equals a line of CPython's function body get N, that line's number in the file
of the python3 that runs this script. A line it cannot match keeps the marker it has; a def
marked `# cpython: builtin` (C code in CPython) is left alone.

The build runs it on each library module (`--out` a marked copy, which the compiler embeds), so
tracebacks name the lines of the CPython found at build time, whatever its patch release.
Usage: cpython_markers.py runtime/lib/PATH.py [DOTTED.NAME] [--out MARKED.py | --check]"""
import ast
import importlib
import io
import re
import sys
import tokenize

MARK = re.compile(r"\s*# cpython: (\d+)\s*$")


def strip(line):
    line = MARK.sub("", line)
    line = re.sub(r"\s+#[^'\"]*$", "", line)
    return line.strip()


def functions(tree):
    """(qualified name, node) of every def, nested ones too (Class.method, outer.inner)."""
    out = {}

    def walk(body, prefix):
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                out[prefix + node.name] = node
                walk(node.body, prefix + node.name + ".")
            elif isinstance(node, ast.ClassDef):
                walk(node.body, prefix + node.name + ".")
    walk(tree.body, "")
    return out


def main():
    path = sys.argv[1]
    name = path.rsplit("/", 1)[-1][:-3]
    if len(sys.argv) > 2 and not sys.argv[2].startswith("--"):
        name = sys.argv[2]
    try:
        theirs_path = getattr(importlib.import_module(name), "__file__", None)
    except ModuleNotFoundError:  # aiocc's own (_aiocc_logging): all of it stands for C code
        theirs_path = None
    if theirs_path is None or not theirs_path.endswith(".py"):
        # A module CPython writes in C (_collections): no lines of its to name.
        if "--out" in sys.argv:
            with open(path, encoding="utf-8") as src:
                open(sys.argv[sys.argv.index("--out") + 1], "w", encoding="utf-8").write(src.read())
        return
    theirs = open(theirs_path, encoding="utf-8").read().split("\n")
    ours = open(path, encoding="utf-8").read().split("\n")
    their_defs = functions(ast.parse("\n".join(theirs)))
    tree = ast.parse("\n".join(MARK.sub("", l) for l in ours))
    # The lines a string token spans (docstrings above all; the first line too, whose end is
    # inside the string) never take a marker: it would be text of the string.
    in_string = set()
    text = "\n".join(MARK.sub("", l) for l in ours)
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.STRING and tok.end[0] > tok.start[0]:
            in_string.update(range(tok.start[0], tok.end[0] + 1))
    changed = 0
    for qual, node in functions(tree).items():
        if qual not in their_defs or ours[node.lineno - 1].rstrip().endswith("# cpython: builtin"):
            continue
        t = their_defs[qual]
        body = {}
        for n in range(t.lineno, t.end_lineno + 1):
            body.setdefault(strip(theirs[n - 1]), []).append(n)
        last = t.lineno
        for i in range(node.lineno - 1, node.end_lineno):
            text = strip(ours[i])
            if i == node.lineno - 1:
                want = t.lineno
            else:  # a text CPython's function has twice: the first occurrence after the last one placed
                found = body.get(text, [])
                want = next((n for n in found if n > last), found[0] if found else None)
            # (A line continued by a backslash cannot end in a comment.)
            if not text or want is None or i + 1 in in_string or text.startswith(("'", '"')) or text.endswith("\\"):
                continue
            last = max(last, want)
            line = MARK.sub("", ours[i]).rstrip() + f"  # cpython: {want}"
            if line != ours[i]:
                ours[i] = line
                changed += 1
    if "--out" in sys.argv:
        open(sys.argv[sys.argv.index("--out") + 1], "w", encoding="utf-8").write("\n".join(ours))
        return
    if "--check" in sys.argv:
        if changed:
            sys.exit(f"{path}: {changed} markers differ from CPython's {theirs_path}; run scripts/cpython_markers.py")
        return
    open(path, "w", encoding="utf-8").write("\n".join(ours))
    print(f"{path}: {changed} markers placed")


main()
