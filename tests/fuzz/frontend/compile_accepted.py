#!/usr/bin/env python3
"""The second half of the front end's goal: every input aiocc accepts must also compile to a
native program (a C++ compiler error reaching the user is a bug in aiocc).

    python3 tests/fuzz/frontend/compile_accepted.py AIOCC DIR_OR_FILE... [--jobs J] [--out DIR]

Runs `aiocc check` on every input (a libFuzzer corpus: build-asan/fuzz/corpus after
scripts/sanitize.sh) and `aiocc build` on those it accepts. An input whose build fails
(exit 3: an internal error or the C++ compiler's), crashes or hangs is copied to --out
(default /tmp/aiocc-accepted) with aiocc's message; exit 1 if there is any.
"""
import argparse
import concurrent.futures
import os
import shutil
import signal
import subprocess
import sys
import tempfile


def inputs(paths):
    for p in paths:
        if os.path.isdir(p):
            for name in sorted(os.listdir(p)):
                yield os.path.join(p, name)
        else:
            yield p


def run(argv, timeout):
    """subprocess.run in a process group of its own: a timeout kills aiocc's C++ compiler too."""
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        raise
    return subprocess.CompletedProcess(argv, p.returncode, out, err)


def job(aiocc, path, tmp):
    # aiocc reads scripts by name: give each input a .py copy of its own.
    src = os.path.join(tmp, os.path.basename(path) + ".py")
    shutil.copyfile(path, src)
    try:
        c = run([aiocc, "check", src], 20)
        if c.returncode == 1:
            return path, "refused", ""
        if c.returncode != 0:
            return path, "failed", f"check: exit {c.returncode}\n" + c.stderr.decode("utf-8", "replace")
        b = run([aiocc, "build", src, "-o", src + ".bin"], 300)
    except subprocess.TimeoutExpired as e:
        return path, "failed", f"hang: {e}"
    finally:
        for f in (src, src + ".bin"):
            if os.path.exists(f):
                os.remove(f)
    if b.returncode != 0:
        return path, "failed", f"build: exit {b.returncode}\n" + b.stderr.decode("utf-8", "replace")[-4000:]
    return path, "compiled", ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("aiocc")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--out", default="/tmp/aiocc-accepted")
    args = ap.parse_args()
    aiocc = os.path.abspath(args.aiocc)
    counts = {"refused": 0, "compiled": 0, "failed": 0}
    with tempfile.TemporaryDirectory() as tmp, concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for path, kind, msg in pool.map(lambda p: job(aiocc, p, tmp), inputs(args.paths)):
            counts[kind] += 1
            if kind == "failed":
                os.makedirs(args.out, exist_ok=True)
                dest = os.path.join(args.out, os.path.basename(path))
                shutil.copyfile(path, dest + ".py")
                with open(dest + ".txt", "w") as f:
                    f.write(msg)
                print(f"{path}: {msg.splitlines()[0] if msg else kind}", flush=True)
    print(f"{sum(counts.values())} inputs: {counts['compiled']} accepted and compiled, "
          f"{counts['refused']} refused with a diagnostic, {counts['failed']} failed")
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
