#!/usr/bin/env python3
"""Runs each bench/*.py with python3 and as an aiocc-compiled program (compiled once, outside
the timing), checks the outputs are identical, and prints best-of-3 wall times and the ratio.

    bench/run.py [--aiocc build/aiocc] [SCRIPT...]
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best_of(argv, n=3):
    best = None
    out = None
    for _ in range(n):
        start = time.perf_counter()
        p = subprocess.run(argv, capture_output=True)
        elapsed = time.perf_counter() - start
        out = (p.stdout, p.stderr, p.returncode)
        best = elapsed if best is None else min(best, elapsed)
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--aiocc", default=os.path.join(ROOT, "build", "aiocc"))
    ap.add_argument("scripts", nargs="*")
    args = ap.parse_args()
    scripts = args.scripts or sorted(glob.glob(os.path.join(ROOT, "bench", "*.py")))
    scripts = [s for s in scripts if not s.endswith("run.py")]
    print(f"{'benchmark':<20} {'python3':>10} {'aiocc':>10} {'ratio':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for script in scripts:
            name = os.path.basename(script)[:-3]
            exe = os.path.join(tmp, name)
            subprocess.run([args.aiocc, "build", script, "-o", exe], check=True)
            py_t, py_out = best_of([sys.executable, script])
            nat_t, nat_out = best_of([exe])
            if py_out != nat_out:
                print(f"{name}: outputs differ, ratio not meaningful")
                return 1
            print(f"{name:<20} {py_t:>9.3f}s {nat_t:>9.3f}s {py_t / nat_t:>7.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
