#!/usr/bin/env python3
"""Completeness of the builtins: every name CPython's builtins module defines either works in
aiocc or is refused at compile time with the name in the message (never a run-time NameError).

It asks python3 for dir(builtins), checks frontend/src/builtins_table.cpp lists the same names,
runs `aiocc check` on a one-line script per name, then compiles one program using every
accepted name and compares what it prints (the name, and whether it is callable) with CPython.
"""
import builtins
import os
import re
import subprocess
import sys
import tempfile

AIOCC = sys.argv[1]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []

names = [n for n in dir(builtins) if n not in ("True", "False", "None")]
table = open(os.path.join(ROOT, "frontend", "src", "builtins_table.cpp"), encoding="utf-8").read()
block = re.search(r"kCPythonBuiltins\[\] = \{(.*?)\};", table, re.S).group(1)
listed = re.findall(r'"([^"]+)"', block)
if sorted(listed) != sorted(names):
    missing = sorted(set(names) - set(listed))
    extra = sorted(set(listed) - set(names))
    failures.append(f"kCPythonBuiltins differs from dir(builtins): missing {missing}, extra {extra}")

accepted = []
with tempfile.TemporaryDirectory() as tmp:
    for name in names:
        script = os.path.join(tmp, f"use_{len(accepted)}_{abs(hash(name))}.py")
        with open(script, "w") as f:
            f.write(f"x = {name}\n")
        p = subprocess.run([AIOCC, "check", script], capture_output=True, text=True, timeout=60)
        if p.returncode == 0:
            accepted.append(name)
        # Refused by name: `'locals' is not supported`, or a qualified refusal that starts with
        # the name (`'locals used as a value' is not supported`: its direct calls work).
        elif not (p.returncode == 1 and re.search(rf"1:5: error: '{re.escape(name)}( [^']*)?' is not supported by aiocc",
                                                  p.stderr)):
            failures.append(f"{name}: neither accepted nor refused by name: exit {p.returncode}\n{p.stderr}")

    program = os.path.join(tmp, "all_names.py")
    with open(program, "w") as f:
        for name in accepted:
            f.write(f"print({name!r}, callable({name}))\n")
    want = subprocess.run([sys.executable, program], capture_output=True, text=True, timeout=60)
    got = subprocess.run([AIOCC, "run", program], capture_output=True, text=True, timeout=300)
    if (got.stdout, got.returncode) != (want.stdout, want.returncode):
        failures.append(f"accepted names behave differently:\n--- python3\n{want.stdout}{want.stderr}"
                        f"\n--- aiocc\n{got.stdout}{got.stderr}")

for f in failures:
    print("FAIL:", f)
print(f"{len(names)} builtins: {len(accepted)} accepted, {len(names) - len(accepted)} refused")
sys.exit(1 if failures else 0)
