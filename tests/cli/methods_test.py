#!/usr/bin/env python3
"""Completeness of the built-in types' methods: every public method CPython's str, bytes and
bytearray have works in aiocc, apart from the refusals listed below with their reason.

It asks python3 for dir(str), then compiles one program that, for every method aiocc should
have, looks it up on a value and on the type and calls it with a few argument lists (none, one,
too many, an unknown keyword), and compares what it prints (results and exception texts) with
CPython: so the catalog's signatures and its binder's TypeError texts are checked too.
"""
import os
import subprocess
import sys
import tempfile

AIOCC = sys.argv[1]

# Methods aiocc refuses, each with its reason. A name listed here must be missing in aiocc
# (an AttributeError), and leaves this list as soon as it works.
REFUSED = {
    "str": {},
    "bytes": {},
    "bytearray": {},
}

# An expression for a fresh value of each type (bytearray's mutators change it).
SAMPLES = {
    "str": '"Straße 12 ǅ"',
    "bytes": "b'Stra\\xc3\\x9fe 12 \\x00\\xff \\t'",
    "bytearray": "bytearray(b'Stra\\xc3\\x9fe 12 \\x00\\xff \\t')",
}
CALLS = ["()", "(1)", '("a", "b", "c", "d", "e")', "(zz=1)", '(" ")', '("ß", 2)']

failures = []
lines = []
for tname, refused in REFUSED.items():
    public = [n for n in dir(eval(tname)) if not n.startswith("_")]
    stale = sorted(set(refused) - set(public))
    if stale:
        failures.append(f"{tname}: refusal list names methods CPython lacks: {stale}")
    for name in public:
        if name in refused:
            lines.append(f"    (None, None, lambda: ({name!r}, hasattr({SAMPLES[tname]}, {name!r}))),")
            continue
        lines.append(f"    (None, None, lambda: ({tname}.{name} is not None, "
                     f"callable({SAMPLES[tname]}.{name}))),")
        for args in CALLS:
            lines.append(f"    ({name!r}, {args!r}, lambda: {SAMPLES[tname]}.{name}{args}),")

# One lambda per call (each still a direct method call, whose messages differ from calls
# through a bound-method object) and one loop: one try statement per call made the program
# too slow to compile.
lines = ["PROBES = ["] + lines + ["]", """
for name, args, probe in PROBES:
    if name is None:
        print(*probe())
        continue
    try:
        print(name, args, repr(probe()))
    except Exception as e:
        print(name, args, type(e).__name__, e)"""]

with tempfile.TemporaryDirectory() as tmp:
    program = os.path.join(tmp, "methods.py")
    with open(program, "w") as f:
        f.write("\n".join(lines) + "\n")
    want = subprocess.run([sys.executable, program], capture_output=True, text=True, timeout=60)
    got = subprocess.run([AIOCC, "run", program], capture_output=True, text=True, timeout=300)

# CPython has the refused names: aiocc must not (hasattr False), every other line must match.
expected = want.stdout
for tname, refused in REFUSED.items():
    for name in refused:
        expected = expected.replace(f"{name} True\n", f"{name} False\n")
if (got.stdout, got.returncode) != (expected, want.returncode):
    import difflib
    diff = "".join(difflib.unified_diff(expected.splitlines(True), got.stdout.splitlines(True),
                                        "python3", "aiocc"))
    failures.append(f"methods behave differently:\n{diff}{got.stderr}")

for f in failures:
    print("FAIL:", f)
total = sum(len([n for n in dir(eval(t)) if not n.startswith("_")]) for t in REFUSED)
refused = sum(len(r) for r in REFUSED.values())
print(f"{total} methods: {total - refused} implemented, {refused} refused")
sys.exit(1 if failures else 0)
