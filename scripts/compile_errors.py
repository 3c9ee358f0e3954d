#!/usr/bin/env python3
"""Compile-error tests: scripts aiocc must refuse, with a clear `file:line:col: error:` line.

A case is one .py file under tests/errors/. What it must print is one line in CASE.expect,
`LINE:COL: MESSAGE`:
  - for Python syntax errors it is recorded from CPython (`record`), so message and line are
    CPython's own;
  - for constructs outside aiocc's subset (which CPython accepts) the case states it on its
    first line as `# expect: LINE:COL: MESSAGE`, and `record` copies it.
An error in a module the case imports is located in that file: the case names it on its
second line, `# expect-file: PATH` (relative to the case's directory). In the message, {STDLIB}
stands for CPython's standard library directory, {DIR}
stands for the case's directory.

    compile_errors.py record [CASE.py...]
    compile_errors.py check AIOCC CASE.py
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def expected_from_cpython(case):
    src = open(case, "rb").read().decode("utf-8", "replace")  # a case may hold invalid UTF-8 on purpose
    first = src.splitlines()[0] if src else ""
    if first.startswith("# expect:"):
        return first[len("# expect:"):].strip()
    try:
        compile(src, case, "exec")
    except SyntaxError as e:
        return f"{e.lineno}:{e.offset}: {e.msg}"
    raise SystemExit(f"{case}: CPython compiles it; state the expectation with '# expect:'")


def record(cases):
    if not cases:
        d = os.path.join(ROOT, "tests", "errors")
        cases = [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".py")]
    for case in cases:
        with open(case[:-3] + ".expect", "w", encoding="utf-8") as f:
            f.write(expected_from_cpython(case) + "\n")
        print(f"recorded {os.path.relpath(case, ROOT)}")


def expect_file(case):
    lines = open(case, "rb").read().decode("utf-8", "replace").splitlines()
    if len(lines) > 1 and lines[1].startswith("# expect-file:"):
        return os.path.join(os.path.dirname(case), lines[1][len("# expect-file:"):].strip())
    return case


def check(aiocc, case):
    want = open(case[:-3] + ".expect", encoding="utf-8").read().strip()
    p = subprocess.run([aiocc, "check", case], capture_output=True, text=True, timeout=60)
    first = p.stderr.splitlines()[0] if p.stderr else ""
    if "error: " in first:  # the message names files by absolute path: {DIR} for the case's directory
        where, message = first.split("error: ", 1)
        message = message.replace(os.path.dirname(os.path.abspath(case)) + "/", "{DIR}/")
        first = where + "error: " + message.replace(os.path.dirname(os.__file__) + "/", "{STDLIB}/")
    line_col, msg = want.split(": ", 1)
    line = line_col.split(":")[0]
    # CPython's offset is 1-based like aiocc's column; only the line is compared strictly for
    # syntax errors CPython reports at a different token than aiocc's parser does.
    expected_prefix = f"{expect_file(case)}:{line}:"
    ok = p.returncode == 1 and first.startswith(expected_prefix) and first.endswith(f"error: {msg}")
    if not ok:
        print(f"expected exit 1 and '{expected_prefix}<col>: error: {msg}'")
        print(f"got exit {p.returncode}:\n{p.stderr}")
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "record":
        record(sys.argv[2:])
    elif len(sys.argv) == 4 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2], sys.argv[3]))
    else:
        print(__doc__)
        sys.exit(2)
