#!/usr/bin/env python3
"""Completeness of the built-in types' methods: every public method and attribute of str, bytes,
bytearray, list, tuple, dict (and its views), set, frozenset, int, bool, float, complex, range,
slice, type and exceptions works in aiocc, apart from the refusals listed below with their reason.

It asks python3 for dir() of each type, then compiles one program that, for every method aiocc
should have, looks it up on a value and on the type and calls it with a few argument lists
(none, one, too many, an unknown keyword), and compares what it prints (results and exception texts) with
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
    "list": {},
    "tuple": {},
    "dict": {},
    "set": {},
    "frozenset": {},
    "int": {},
    "bool": {},
    "float": {},
    "complex": {},
    "range": {},
    "slice": {},
    "dict_keys": {},
    "dict_values": {},
    "dict_items": {},
    "type": {},
    "BaseException": {},
}

# A value of each type, as source text: each call gets a fresh one, so mutating methods do not
# disturb the next line.
SAMPLES = {
    "str": '"Straße 12 ǅ"',
    "bytes": "b'Stra\\xc3\\x9fe 12 \\x00\\xff \\t'",
    "bytearray": "bytearray(b'Stra\\xc3\\x9fe 12 \\x00\\xff \\t')",
    "list": "[3, 1, 2, 1]",
    "tuple": "(3, 1, 2, 1)",
    "dict": '{"a": 1, 1: "b"}',
    "set": "{3, 1, 2}",
    "frozenset": "frozenset({3, 1, 2})",
    "int": "(1234)",
    "bool": "(True)",
    "float": "(2.75)",
    "complex": "(3-4j)",
    "range": "range(1, 10, 3)",
    "slice": "slice(1, 10, 3)",
    "dict_keys": '{"a": 1, 2: "b"}.keys()',
    "dict_values": '{"a": 1, 2: "b"}.values()',
    "dict_items": '{"a": 1, 2: "b"}.items()',
    "type": "int",
    "BaseException": 'ValueError("bad")',
}
# Argument lists every method is called with: none, one, too many, an unknown keyword, and a
# few values of other types (so type checks and their texts are compared too).
CALLS = ["()", "(1)", '("a", "b", "c", "d", "e")', "(zz=1)", '(" ")', '("ß", 2)', "([1, 4])",
         "(1, 2)", "(key=len, reverse=True)", "(2.5)"]

# The program is data driven (a loop over names and argument lists) so that it stays small and
# compiles quickly however many methods there are.
failures = []
# Each call is made twice: through the bound method (`f = x.name; f(...)`) and through the
# type's method descriptor (`type.name(x, ...)`, which is also what `x.name(...)` does): CPython's
# error texts differ between the two.
lines = [
    "def attempt(label, make, name, args, kw):",
    "    try:",
    "        r = getattr(make(), name)(*args, **kw)",
    # a set of strs iterates in an order that changes with CPython's hash seed
    "        print(label, sorted(r, key=repr) if isinstance(r, (set, frozenset)) else repr(r))",
    "    except Exception as e:",
    "        print(label, type(e).__name__, e)",
    "    if not callable(getattr(type(make()), name)):",
    "        return",
    "    try:",
    "        r = getattr(type(make()), name)(make(), *args, **kw)",
    # a set of strs iterates in an order that changes with CPython's hash seed
    "        print(label, sorted(r, key=repr) if isinstance(r, (set, frozenset)) else repr(r))",
    "    except Exception as e:",
    "        print(label, type(e).__name__, e)",
    "CALLS = [" + ", ".join(f"(lambda *a, **k: (a, k)){c}" for c in CALLS) + "]",
]
for tname, refused in REFUSED.items():
    public = [n for n in dir(type(eval(SAMPLES[tname]))) if not n.startswith("_")]
    stale = sorted(set(refused) - set(public))
    if stale:
        failures.append(f"{tname}: refusal list names methods CPython lacks: {stale}")
    make = f"lambda: {SAMPLES[tname]}"
    names = [n for n in public if n not in refused]
    lines += [
        f"for name in {sorted(refused)!r}:",
        f"    print(name, hasattr(({make})(), name))",
        f"for name in {names!r}:",
        f"    attr = getattr(({make})(), name)",
        f"    print({tname!r}, name, getattr(type(({make})()), name) is not None,"
        " 'method' if callable(attr) else repr(attr))",
        "    for args, kw in CALLS:",
        f"        attempt(name + str(args) + str(kw), {make}, name, args, kw)",
    ]

with tempfile.TemporaryDirectory() as tmp:
    program = os.path.join(tmp, "methods.py")
    with open(program, "w") as f:
        f.write("\n".join(lines) + "\n")
    want = subprocess.run([sys.executable, program], capture_output=True, text=True, timeout=60)
    got = subprocess.run([AIOCC, "run", program], capture_output=True, text=True, timeout=300)
if want.returncode != 0:
    failures.append(f"the generated program fails in python3:\n{want.stderr}")

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
total = sum(len([n for n in dir(type(eval(SAMPLES[t]))) if not n.startswith("_")]) for t in REFUSED)
refused = sum(len(r) for r in REFUSED.values())
print(f"{total} methods: {total - refused} implemented, {refused} refused")
sys.exit(1 if failures else 0)
