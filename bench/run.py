#!/usr/bin/env python3
"""Benchmarks aiocc against CPython, and PyPy and Node when `pypy3` / `node` are on PATH.

Each script is compiled once with aiocc, outside the timing. Then the runtimes run in rounds
(python3, aiocc, pypy3, node; Node runs the JavaScript version bench/js/NAME.js of the same
program), every aiocc run's stdout, stderr and exit code are checked against CPython's first
run (PyPy's and Node's stdout and exit code too, informatively), and one row is printed per
script: median whole-process wall times and the median of the per-round ratios CPython/other.

Scripts with an `# ops: N unit` line also get a row in a second table: nanoseconds per
operation with each runtime's start-up (bench/startup.py, always run first) subtracted, the
aiocc program's peak RSS measured from outside (rusage), and its bytes per operation above
start-up (for event_park: memory per pending task). The last line is the geometric mean of
the ratios.

A script that aiocc fails to compile, or whose output differs, gets a "FAILED: reason" row;
the other scripts still run, and the exit code is then 1.

    bench/run.py [--aiocc build/aiocc] [-n ROUNDS] [--set compute|asyncio|all] [SCRIPT...]
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
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")

# CPU-bound programs: classes, attribute access, calls, floats, lists, dicts and strings,
# generators.
COMPUTE = ["richards", "nbody", "spectral_norm", "fannkuch", "deltablue",
           "unpack_sequence", "attr_method", "word_freq", "json_builder", "generator_pipeline", "mandelbrot"]

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
    """Runs argv once; returns (seconds, (stdout, stderr, exit code), peak RSS in KiB), the
    peak measured from outside the process (its rusage)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        p = subprocess.Popen(argv, stdout=out, stderr=err)
        timed_out = []
        timer = threading.Timer(RUN_TIMEOUT, lambda: (timed_out.append(True), p.kill()))
        timer.start()
        _, status, usage = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - start
        timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        if timed_out:
            return elapsed, (b"", f"timed out after {RUN_TIMEOUT}s".encode(), None), 0
        out.seek(0)
        err.seek(0)
        return elapsed, (out.read(), err.read(), p.returncode), usage.ru_maxrss


def ops_of(script):
    """The `# ops: N unit` line of a benchmark: (N, unit), or None."""
    with open(script, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"#\s*ops:\s*(\d+)\s+(\S+)", line)
            if m:
                return int(m.group(1)), m.group(2)
    return None


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


def bench_one(argvs, pairs):
    """Rounds of runs of one script, one run per runtime in each round (python3 first).
    argvs: {label: argv}, with "python3" and "aiocc". Returns ({label: stats}, None) or
    (None, failure reason). aiocc must print exactly what python3 prints; PyPy's and Node's
    outputs are informative only (a runtime whose stdout or exit code differs is marked)."""
    times = {k: [] for k in argvs}
    rss = {k: [] for k in argvs}
    ratios = {k: [] for k in argvs}
    notes = {}
    expected = None
    for _ in range(pairs):
        py_t, py_out, py_rss = timed_run(argvs["python3"])
        if expected is None:
            expected = py_out
        elif py_out != expected:
            return None, "python3 output not deterministic: " + describe_diff(expected, py_out,
                                                                               "python3")
        times["python3"].append(py_t)
        rss["python3"].append(py_rss)
        ratios["python3"].append(1.0)
        for label, argv in argvs.items():
            if label == "python3" or label in notes:
                continue
            t, out, peak = timed_run(argv)
            if label == "aiocc" and out != expected:
                return None, describe_diff(expected, out, "aiocc")
            if out[0] != expected[0] or out[2] != expected[2]:
                notes[label] = "output differs"
                continue
            times[label].append(t)
            rss[label].append(peak)
            ratios[label].append(py_t / t)
    row = {}
    for label in argvs:
        if label in notes or not times[label]:
            row[label] = {"note": notes.get(label, "no run")}
        else:
            row[label] = {"t": statistics.median(times[label]), "rss": statistics.median(rss[label]),
                          "ratio": statistics.median(ratios[label])}
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


def runtimes_for(script, exe, python, pypy, node):
    """{label: argv} of the runtimes that can run `script`: Node runs bench/js/NAME.js."""
    argvs = {"python3": [python, script], "aiocc": [exe]}
    if pypy:
        argvs["pypy3"] = [pypy, script]
    js = os.path.join(BENCH, "js", os.path.basename(script)[:-3] + ".js")
    if node and os.path.exists(js):
        argvs["node"] = [node, js]
    return argvs


def print_per_op(rows, labels, startup):
    """Nanoseconds per operation with each runtime's start-up subtracted, and peak RSS."""
    print()
    print("per operation, start-up subtracted (ns/op); peak RSS of aiocc's program in MiB, "
          "and its bytes per op above start-up")
    header = f"{'benchmark':<20} {'op':<9}" + "".join(f" {l:>10}" for l in labels)
    print(header + f" {'aiocc MiB':>10} {'B/op':>8}")
    for name, (n, unit), row in rows:
        whole = name == "startup"  # its own cost, whole, in milliseconds
        line = f"{name:<20} {(unit + ' (ms)') if whole else unit:<9}"
        for label in labels:
            st = row.get(label, {})
            base = {"t": 0.0} if whole else startup.get(label)
            if "t" not in st or base is None:
                line += f" {'-':>10}"
            elif whole:
                line += f" {st['t'] * 1e3:>10.2f}"
            else:
                line += f" {max(st['t'] - base['t'], 0) / n * 1e9:>10.1f}"
        nat = row["aiocc"]
        base = startup.get("aiocc")
        # A child's rusage peak includes the memory of the process it was forked from (this
        # one) before its exec: a peak not above that says only "at most that much".
        floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if nat["rss"] <= floor:
            line += f" {'<' + format(floor / 1024, '.0f'):>10} {'-':>8}"
        else:
            line += f" {nat['rss'] / 1024:>10.1f}"
            if base is not None:
                line += f" {max(nat['rss'] - base['rss'], 0) * 1024 / n:>8.0f}"
        print(line)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--aiocc", default=os.path.join(ROOT, "build", "aiocc"))
    ap.add_argument("--python", default=sys.executable, help="the CPython to compare with")
    ap.add_argument("-n", type=int, default=5, help="number of rounds of runs (default 5)")
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
    startup_script = os.path.join(BENCH, "startup.py")

    pypy = shutil.which("pypy3")
    node = shutil.which("node")
    labels = ["python3", "aiocc"] + (["pypy3"] if pypy else []) + (["node"] if node else [])
    for tool, found in (("pypy3", pypy), ("node", node)):
        if not found:
            print(f"{tool} not installed: its column is skipped")
    print(f"{args.n} rounds; medians of whole-process wall time; ratio = CPython time / other")
    print(f"{'benchmark':<20} {'python3':>9}" + "".join(f" {l:>9} {'ratio':>7}" for l in labels[1:]))

    ratios = {l: [] for l in labels}
    per_op_rows = []
    startup = {}
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        # Start-up first: the per-operation costs subtract it.
        order = [startup_script] + [s for s in scripts if s != startup_script]
        for script in order:
            name = os.path.basename(script)[:-3]
            exe = os.path.join(tmp, name)
            reason = build(args.aiocc, script, exe)
            row = None
            if reason is None:
                row, reason = bench_one(runtimes_for(script, exe, args.python, pypy, node), args.n)
            if script == startup_script and row is not None:
                startup = {l: st for l, st in row.items() if "t" in st}
            if script not in scripts:
                continue
            if reason is not None:
                failed += 1
                print(f"{name:<20} FAILED: {reason}", flush=True)
                continue
            line = f"{name:<20} {row['python3']['t']:>8.3f}s"
            for label in labels[1:]:
                st = row.get(label)
                if st is None:
                    line += f" {'-':>9} {'':>7}"
                elif "t" not in st:
                    line += f" {st['note']:>17}"
                else:
                    ratios[label].append(st["ratio"])
                    line += f" {st['t']:>8.3f}s {st['ratio']:>6.2f}x"
            print(line, flush=True)
            ops = ops_of(script)
            if ops:
                per_op_rows.append((name, ops, row))

    if per_op_rows:
        print_per_op(per_op_rows, labels, startup)
    if ratios["aiocc"]:
        print()
        print("geometric mean of ratios: " + ", ".join(
            f"{l} {geomean(r):.2f}x over {len(r)}" for l, r in ratios.items() if r and l != "python3"))
    if failed:
        print(f"{failed} of {len(scripts)} benchmarks FAILED")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
