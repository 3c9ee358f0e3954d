#!/usr/bin/env python3
"""Ctrl-C: each script here runs under python3 and as aiocc's program; both get SIGINT once the
script has printed `ready` (and a moment more, so that it is blocked or looping), and their
stdout, stderr (paths normalized as scripts/golden.py does) and exit status must be the same.
CPython is asked at test time: what an interrupted run prints cannot be recorded ahead of the
signal's arrival.

    python3 tests/signals/signals_test.py AIOCC [CASE.py...]
"""
import concurrent.futures
import difflib
import os
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import golden  # noqa: E402

DELAY = 0.3


def interrupted(argv, case):
    # The child's SIGINT disposition is the default even when this runner's is ignored (as in a
    # background job), so that both runtimes install their handler.
    # Unbuffered: readline must not take from the pipe more than the `ready` line.
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
                         cwd=os.path.dirname(case),
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    first = b""
    while not first.endswith(b"ready\n"):
        line = p.stdout.readline()
        if not line:
            break
        first += line
    else:
        time.sleep(DELAY)
        p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        err += b"\n<timed out after SIGINT>"
    out = first + out
    return (golden.normalize(out.decode("utf-8", "replace"), case),
            golden.normalize(err.decode("utf-8", "replace"), case), p.returncode)


def check(aiocc, case, tmp):
    exe = os.path.join(tmp, os.path.basename(case)[:-3])
    b = subprocess.run([aiocc, "build", case, "-o", exe], capture_output=True, text=True, timeout=600)
    if b.returncode != 0:
        return f"{case}: aiocc build failed:\n{b.stderr}"
    want = interrupted([sys.executable, case], case)
    got = interrupted([exe], case)
    if want == got:
        return None
    msg = [f"{case}: differs (exit status: cpython {want[2]}, aiocc {got[2]})"]
    for name, w, g in (("stdout", want[0], got[0]), ("stderr", want[1], got[1])):
        msg += difflib.unified_diff(w.splitlines(True), g.splitlines(True), f"cpython {name}", f"aiocc {name}")
    return "".join(m if m.endswith("\n") else m + "\n" for m in msg)


def main():
    aiocc = os.path.abspath(sys.argv[1])
    cases = sys.argv[2:] or sorted(os.path.join(HERE, f) for f in os.listdir(HERE)
                                   if f.endswith(".py") and f != os.path.basename(__file__))
    cases = [os.path.abspath(c) for c in cases]
    with tempfile.TemporaryDirectory() as tmp, concurrent.futures.ThreadPoolExecutor(2) as pool:
        failures = [r for r in pool.map(lambda c: check(aiocc, c, tmp), cases) if r]
    for f in failures:
        print(f)
    print(f"{len(cases) - len(failures)} of {len(cases)} interrupted scripts print what CPython prints")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
