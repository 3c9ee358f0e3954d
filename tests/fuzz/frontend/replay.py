#!/usr/bin/env python3
"""Replays the front-end fuzzer's regression corpus through `aiocc check`.

    python3 tests/fuzz/frontend/replay.py AIOCC [FILE_OR_DIR...]

Every input (default: tests/fuzz/frontend/corpus/) must either be accepted (exit 0) or refused
with a `file:line:col: error:` diagnostic (exit 1), within 10 seconds: a crash, a signal, an
internal error (exit 3) or a hang is a failure. scripts/sanitize.sh replays the same corpus
through the sanitized libFuzzer target.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIAGNOSTIC = re.compile(r"^[^\n]*\.py:\d+:\d+: error: ", re.M)


def inputs(args):
    for a in args or [os.path.join(HERE, "corpus")]:
        if os.path.isdir(a):
            for name in sorted(os.listdir(a)):
                yield os.path.join(a, name)
        else:
            yield a


def main():
    aiocc = sys.argv[1]
    failures = 0
    count = 0
    for path in inputs(sys.argv[2:]):
        count += 1
        try:
            res = subprocess.run([aiocc, "check", path], capture_output=True, timeout=10)
        except subprocess.TimeoutExpired:
            print(f"{path}: hang (over 10 s)")
            failures += 1
            continue
        err = res.stderr.decode("utf-8", "replace")
        if res.returncode == 0:
            continue
        if res.returncode == 1 and DIAGNOSTIC.search(err.replace(path, "x.py")):
            continue
        print(f"{path}: exit {res.returncode}\n{err[-2000:]}")
        failures += 1
    print(f"{count} inputs replayed, {failures} failures")
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
