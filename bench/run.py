#!/usr/bin/env python3
"""Benchmarks aiocc against CPython (and PyPy, when `pypy3` is on PATH).

Each script is compiled once with aiocc, outside the timing. Then CPython and the native
program run alternately (A B A B ..., with PyPy as a third run in each round), every run's
stdout, stderr and exit code are checked against CPython's first run, and one row is printed
per script: median wall times and the median of the per-pair ratios CPython/aiocc (and
CPython/PyPy). The last line is the geometric mean of the aiocc ratios.

A script that aiocc fails to compile, or whose output differs, gets a "FAILED: reason" row;
the other scripts still run, and the exit code is then 1.

    bench/run.py [--aiocc build/aiocc] [-n PAIRS] [--set compute|asyncio|all] [SCRIPT...]
    bench/run.py --micro [-n RUNS]

--micro times each part of attr_method.py alone (attribute read, attribute write, method call
of two arguments, module-level function call) against the same loop without the operation, and
prints nanoseconds per operation for CPython and aiocc.

SCRIPT is a path or a name in bench/ ("richards" or "bench/richards.py"); when given,
--set is ignored.
"""
import argparse
import glob
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")

# CPU-bound programs: classes, attribute access, calls, floats, lists.
COMPUTE = ["richards", "nbody", "spectral_norm", "fannkuch", "deltablue",
           "unpack_sequence", "attr_method"]

RUN_TIMEOUT = 300  # seconds for one run of one program


def asyncio_set():
    names = [os.path.basename(p)[:-3] for p in glob.glob(os.path.join(BENCH, "*.py"))]
    return sorted(n for n in names if n != "run" and n not in COMPUTE)


def resolve(script):
    if os.path.exists(script):
        return os.path.abspath(script)
    path = os.path.join(BENCH, script if script.endswith(".py") else script + ".py")
    if os.path.exists(path):
        return path
    sys.exit(f"run.py: no such benchmark: {script}")


def timed_run(argv):
    """Runs argv once; returns (seconds, (stdout, stderr, exit code))."""
    start = time.perf_counter()
    try:
        p = subprocess.run(argv, capture_output=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, (b"", f"timed out after {RUN_TIMEOUT}s".encode(), None)
    return time.perf_counter() - start, (p.stdout, p.stderr, p.returncode)


def last_line(data):
    lines = data.decode(errors="replace").strip().splitlines()
    return lines[-1] if lines else ""


def describe_diff(expected, got, who):
    """One line saying how `got` (from `who`) differs from CPython's `expected`."""
    exp_out, exp_err, exp_rc = expected
    out, err, rc = got
    parts = []
    if rc != exp_rc:
        parts.append(f"{who} exit {rc} vs python3 exit {exp_rc}")
    if out != exp_out:
        exp_lines = exp_out.decode(errors="replace").splitlines()
        lines = out.decode(errors="replace").splitlines()
        for i in range(max(len(exp_lines), len(lines))):
            a = exp_lines[i] if i < len(exp_lines) else "<missing>"
            b = lines[i] if i < len(lines) else "<missing>"
            if a != b:
                parts.append(f"stdout line {i + 1}: python3 {a!r} vs {who} {b!r}")
                break
        else:
            parts.append("stdout differs")
    if err != exp_err:
        parts.append(f"stderr differs ({who}: {last_line(err)!r}; "
                     f"python3: {last_line(exp_err)!r})")
    return "; ".join(parts)


def build(aiocc, script, exe):
    """Compiles script to exe; returns None or the reason it failed."""
    try:
        p = subprocess.run([aiocc, "build", script, "-o", exe], capture_output=True,
                           timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return f"aiocc build timed out after {RUN_TIMEOUT}s"
    if p.returncode != 0:
        msg = (p.stderr or p.stdout).decode(errors="replace").strip().splitlines()
        return f"aiocc build exit {p.returncode}: {msg[0] if msg else '(no output)'}"
    return None


def bench_one(script, exe, python, pypy, pairs):
    """Paired runs of one script. Returns (row dict, None) or (None, failure reason)."""
    py_times, nat_times, pypy_times = [], [], []
    ratios, pypy_ratios = [], []
    expected = None
    pypy_note = None
    for _ in range(pairs):
        py_t, py_out = timed_run([python, script])
        if expected is None:
            expected = py_out
        elif py_out != expected:
            return None, "python3 output not deterministic: " + describe_diff(expected, py_out,
                                                                               "python3")
        nat_t, nat_out = timed_run([exe])
        if nat_out != expected:
            return None, describe_diff(expected, nat_out, "aiocc")
        py_times.append(py_t)
        nat_times.append(nat_t)
        ratios.append(py_t / nat_t)
        if pypy and pypy_note is None:
            pp_t, pp_out = timed_run([pypy, script])
            if pp_out[0] != expected[0] or pp_out[2] != expected[2]:
                pypy_note = "differs"  # PyPy's output is informative only
            else:
                pypy_times.append(pp_t)
                pypy_ratios.append(py_t / pp_t)
    row = {
        "py": statistics.median(py_times),
        "nat": statistics.median(nat_times),
        "ratio": statistics.median(ratios),
        "pypy": statistics.median(pypy_times) if pypy_times and not pypy_note else None,
        "pypy_ratio": statistics.median(pypy_ratios) if pypy_ratios and not pypy_note else None,
        "pypy_note": pypy_note,
    }
    return row, None


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


# attr_method.py's parts: (argument, the same loop without the operation, operations per
# iteration, label).
MICRO_PARTS = [("read", "loop_read", 2, "attribute load obj.x"),
               ("write", "loop_write", 2, "attribute store obj.x = v"),
               ("method", "loop_call", 1, "method call obj.m(a, b)"),
               ("function", "loop_call", 1, "function call f(a, b)")]
MICRO_N = 4000000  # attr_method.py's N


def micro(aiocc, python, runs):
    script = os.path.join(BENCH, "attr_method.py")
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "attr_method")
        reason = build(aiocc, script, exe)
        if reason:
            print("FAILED:", reason)
            return 1

        def median_time(argv):
            return statistics.median(timed_run(argv)[0] for _ in range(runs))

        print(f"{runs} runs each, medians; ns per operation: (loop with it - loop without it) / {MICRO_N} iterations")
        print(f"{'operation':<28} {'python3':>9} {'aiocc':>9}")
        for part, base, per_iter, label in MICRO_PARTS:
            ops = MICRO_N * per_iter
            py = (median_time([python, script, part]) - median_time([python, script, base])) / ops * 1e9
            nat = (median_time([exe, part]) - median_time([exe, base])) / ops * 1e9
            print(f"{label:<28} {py:>8.1f}n {nat:>8.1f}n")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--aiocc", default=os.path.join(ROOT, "build", "aiocc"))
    ap.add_argument("--python", default=sys.executable, help="the CPython to compare with")
    ap.add_argument("-n", type=int, default=5, help="number of paired runs (default 5)")
    ap.add_argument("--set", choices=["compute", "asyncio", "all"], default="all")
    ap.add_argument("--micro", action="store_true", help="ns per attribute access and call")
    ap.add_argument("scripts", nargs="*")
    args = ap.parse_args()
    if args.n < 1:
        ap.error("-n must be at least 1")
    if not os.path.exists(args.aiocc):
        sys.exit(f"run.py: aiocc not found at {args.aiocc} (use --aiocc PATH)")
    if args.micro:
        return micro(args.aiocc, args.python, args.n)

    if args.scripts:
        scripts = [resolve(s) for s in args.scripts]
    else:
        names = {"compute": COMPUTE, "asyncio": asyncio_set(),
                 "all": COMPUTE + asyncio_set()}[args.set]
        scripts = [os.path.join(BENCH, n + ".py") for n in names]

    pypy = shutil.which("pypy3")
    if not pypy:
        print("pypy3 not installed: PyPy column skipped")
    print(f"{args.n} paired runs each; medians of wall time; ratio = CPython time / other")
    header = f"{'benchmark':<18} {'python3':>9} {'aiocc':>9} {'ratio':>8}"
    if pypy:
        header += f" {'pypy3':>9} {'ratio':>8}"
    print(header)

    ratios, pypy_ratios = [], []
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for script in scripts:
            name = os.path.basename(script)[:-3]
            exe = os.path.join(tmp, name)
            reason = build(args.aiocc, script, exe)
            row = None
            if reason is None:
                row, reason = bench_one(script, exe, args.python, pypy, args.n)
            if reason is not None:
                failed += 1
                print(f"{name:<18} FAILED: {reason}", flush=True)
                continue
            ratios.append(row["ratio"])
            line = f"{name:<18} {row['py']:>8.3f}s {row['nat']:>8.3f}s {row['ratio']:>7.2f}x"
            if pypy:
                if row["pypy_note"]:
                    line += f" {'output ' + row['pypy_note']:>18}"
                else:
                    pypy_ratios.append(row["pypy_ratio"])
                    line += f" {row['pypy']:>8.3f}s {row['pypy_ratio']:>7.2f}x"
            print(line, flush=True)

    if ratios:
        summary = f"geometric mean of ratios: aiocc {geomean(ratios):.2f}x over {len(ratios)}"
        if pypy_ratios:
            summary += f", pypy3 {geomean(pypy_ratios):.2f}x over {len(pypy_ratios)}"
        print(summary)
    if failed:
        print(f"{failed} of {len(scripts)} benchmarks FAILED")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
