#!/usr/bin/env python3
"""Golden tests: record CPython's behaviour for a script, or check aiocc's against it.

A case is one .py file; a program of several files is a directory holding `main.py` (the case)
and the modules and packages it imports (not cases themselves). Its expectations sit beside it:
  CASE.stdout, CASE.stderr   what CPython printed (paths normalized, see below)
  CASE.exit                  CPython's exit code
  CASE.stdin                 optional: what the script reads on standard input (else nothing)

    golden.py record [PATH...]            record from python3 (default: samples/ tests/golden/)
    golden.py check AIOCC CASE.py         build CASE with aiocc, run it, compare byte for byte
                                          (again with inference off when that changes the C++,
                                          for the cases of the dynamic sample, see check())
    golden.py stress [-n N] [PATH...]     run each case N times (default 5) under python3 while
                                          busy processes load every core; name the cases whose
                                          output then differs from what was recorded (a case
                                          whose output depends on timing needs wider margins)

Tracebacks and warnings name files by absolute path, which differs between checkouts, so both
sides replace the case's absolute path with {CASE}, CPython's asyncio directory with {ASYNCIO}
and the rest of its standard library with {STDLIB} before comparing; for a `main.py` case, the
directory of its modules is {DIR}. Nothing else is normalized. CPython runs with
PYTHONDONTWRITEBYTECODE, so recording leaves no __pycache__ beside the modules.
"""
import asyncio
import difflib
import os
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASYNCIO_DIR = os.path.dirname(asyncio.__file__)
STDLIB_DIR = os.path.dirname(ASYNCIO_DIR)
TIMEOUT = 120


def case_args(case):
    """Arguments a case passes to the script: an optional `# args: ...` first line."""
    with open(case, encoding="utf-8", errors="replace") as f:  # a case may be in Latin-1
        first = f.readline()
    return first[len("# args:"):].split() if first.startswith("# args:") else []


def is_case(path):
    """A .py is a case unless it is a module of a several-file program (a main.py beside it or
    in a directory above it, within the tree)."""
    d = os.path.dirname(os.path.abspath(path))
    if os.path.basename(path) == "main.py":
        d = os.path.dirname(d)
    while len(d) > len(ROOT):
        if os.path.exists(os.path.join(d, "main.py")):
            return False
        d = os.path.dirname(d)
    return True


def normalize(text, case):
    text = text.replace(os.path.abspath(case), "{CASE}")
    if os.path.basename(case) == "main.py":
        text = text.replace(os.path.dirname(os.path.abspath(case)) + "/", "{DIR}/")
    return text.replace(ASYNCIO_DIR, "{ASYNCIO}").replace(STDLIB_DIR + "/", "{STDLIB}/")


def case_stdin(case):
    """The bytes a case reads on standard input: CASE.stdin, or none (end of file at once)."""
    path = case[:-3] + ".stdin"
    if not os.path.exists(path):
        return b""
    with open(path, "rb") as f:
        return f.read()


def run(argv, case, executable=None):
    p = subprocess.run(argv + case_args(case), input=case_stdin(case), capture_output=True, timeout=TIMEOUT,
                       executable=executable,
                       cwd=os.path.dirname(os.path.abspath(case)),
                       env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    out = normalize(p.stdout.decode("utf-8", "replace"), case)
    err = normalize(p.stderr.decode("utf-8", "replace"), case)
    return out, err, p.returncode


def expectation_paths(case):
    base = case[:-3]
    return base + ".stdout", base + ".stderr", base + ".exit"


def cases_under(paths):
    """The cases among PATHS and under the directories among them, in order."""
    cases = []
    for p in paths or [os.path.join(ROOT, "samples"), os.path.join(ROOT, "tests", "golden")]:
        if os.path.isdir(p):
            for d, _, files in os.walk(p):
                cases += [os.path.join(d, f) for f in sorted(files)
                          if f.endswith(".py") and is_case(os.path.join(d, f))]
        else:
            cases.append(p)
    return sorted(cases)


def expected(case):
    o, e, x = expectation_paths(case)
    with open(o, encoding="utf-8", newline="") as fo, open(e, encoding="utf-8", newline="") as fe:
        return fo.read(), fe.read(), int(open(x).read())


def record(paths):
    for case in cases_under(paths):
        out, err, rc = run([sys.executable, os.path.abspath(case)], case)
        o, e, x = expectation_paths(case)
        for path, content in ((o, out), (e, err), (x, f"{rc}\n")):
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(content)
        print(f"recorded {os.path.relpath(case, ROOT)} (exit {rc})")


def stress(paths, n):
    """Run each case N times under python3 while a busy process per core (and one more) loads the
    machine, as a CI run does; print the cases whose output differed from the recorded one."""
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
            for _ in range((os.cpu_count() or 1) + 1)]
    flaky = 0
    try:
        for case in cases_under(paths):
            want = expected(case)
            differed = sum(run([sys.executable, os.path.abspath(case)], case) != want for _ in range(n))
            if differed:
                flaky += 1
                print(f"{os.path.relpath(case, ROOT)}: {differed} of {n} runs differ under load", flush=True)
    finally:
        for p in busy:
            p.kill()
    return 1 if flaky else 0


def emitted(aiocc, case, env, tmp, name):
    """The C++ aiocc writes for CASE under `env`, or None when it refuses the case."""
    path = os.path.join(tmp, name)
    e = subprocess.run([aiocc, "emit", case, "-o", path], capture_output=True, timeout=600, env=env)
    return open(path, "rb").read() if e.returncode == 0 else None


def check_once(aiocc, case, env, tmp, label, flags=()):
    """Build CASE under `env`, run it, compare with CPython's recording; prints what differs."""
    exe = os.path.join(tmp, "prog")
    b = subprocess.run([aiocc, "build", case, "-o", exe, *flags], capture_output=True, timeout=600, env=env)
    if b.returncode != 0:
        print(f"aiocc build{label} failed (exit {b.returncode}):\n{b.stderr.decode()}")
        return False
    # sys.argv[0] is the script's path, as for python3 (and `aiocc run`).
    out, err, rc = run([os.path.abspath(case)], case, executable=exe)
    want_out, want_err, want_rc = expected(case)
    ok = True
    for name, want, got in (("stdout", want_out, out), ("stderr", want_err, err)):
        if want != got:
            ok = False
            print(f"--- {name} differs{label}:")
            sys.stdout.writelines(difflib.unified_diff(
                want.splitlines(True), got.splitlines(True), "cpython", "aiocc"))
    if want_rc != rc:
        ok = False
        print(f"--- exit code{label}: cpython {want_rc}, aiocc {rc}")
    return ok


def in_dynamic_sample(case):
    """Whether check() builds CASE with inference off too: with AIOCC_GOLDEN_DYNAMIC=all every
    case; by default (the test suite) the cases of tests/golden/inferred/ and one in three of
    the others, the same ones on every run (a hash of the path). All of them would add half
    the suite's time, most of it compiling the same dynamic forms again."""
    if os.environ.get("AIOCC_GOLDEN_DYNAMIC") == "all":
        return True
    rel = os.path.relpath(os.path.abspath(case), ROOT).replace(os.sep, "/")
    return rel.startswith("tests/golden/inferred/") or zlib.crc32(rel.encode()) % 3 == 0


def check(aiocc, case):
    """The case as aiocc compiles it; then, when type inference changed the C++ it writes and
    the case is in the dynamic sample, once more with inference off (AIOCC_NO_INFER=1): typed
    code and the dynamic path must both print what CPython printed. That second build is at
    -O0: it checks what the dynamic path does, not its speed, and compiles several times
    faster."""
    o, e, x = expectation_paths(case)
    if not all(os.path.exists(p) for p in (o, e, x)):
        print(f"{case}: no recorded expectations; run scripts/golden.py record {case}")
        return 1
    env = dict(os.environ)
    env.pop("AIOCC_NO_INFER", None)
    off = dict(env, AIOCC_NO_INFER="1")
    with tempfile.TemporaryDirectory() as tmp:
        ok = check_once(aiocc, case, env, tmp, "")
        if in_dynamic_sample(case) and (emitted(aiocc, case, env, tmp, "typed.cpp")
                                        != emitted(aiocc, case, off, tmp, "dynamic.cpp")):
            ok = check_once(aiocc, case, off, tmp, " (inference off)", ["-O0"]) and ok
    return 0 if ok else 1


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "record":
        record(sys.argv[2:])
        return 0
    if len(sys.argv) >= 2 and sys.argv[1] == "stress":
        n = int(sys.argv[3]) if sys.argv[2:3] == ["-n"] else 5
        return stress(sys.argv[4:] if sys.argv[2:3] == ["-n"] else sys.argv[2:], n)
    if len(sys.argv) >= 2 and sys.argv[1] == "list":  # the cases under the given paths (CMake)
        for case in cases_under(sys.argv[2:]):
            print(case)
        return 0
    if len(sys.argv) == 4 and sys.argv[1] == "check":
        return check(sys.argv[2], sys.argv[3])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
