#!/usr/bin/env python3
"""Differential fuzzing of aiocc against CPython with programs from tests/fuzz/gen.py.

    python3 tests/fuzz/run.py AIOCC [--seeds N] [--start S] [--jobs J] [--out DIR] [--ci]
                                    [--no-reduce] [--reduce-budget T] [--timeout SEC]

Each seed's program is written to a temp dir and run with `python3` and with `AIOCC run -O0`
(cwd = the program's directory; -O0: the fuzzer checks what programs print, and -O0 compiles
them three times faster; the golden cases check -O2); stdout, stderr and exit code are compared after
scripts/golden.py's path normalization. A seed is
  same        identical results,
  refused     aiocc exited 1 with a compile-time `file:line:col: error:` (counted, not a bug),
  divergent   anything else (different output, crash, exit 3, C++ error, timeout),
  flaky       CPython itself gave two different results (a generator bug, reported apart).
Each divergence is written to --out (default /tmp/aiocc-fuzz)/seed_N/: the program, both
results, a diff and an automatically reduced program (reduced.py).

One reduction per cause group (divergences grouped by their first differing line) unless
--reduce-all; the other seeds of a group point to it.

--ci: seeds 0..299 unless --seeds is given; prints each divergent seed's diff; exit 1 if any
seed diverged (or was flaky); reductions get a smaller budget. Long mode: --seeds 100000.
"""
import argparse
import ast
import collections
import concurrent.futures
import copy
import difflib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
sys.path.insert(0, HERE)
import golden  # noqa: E402  (normalize, run)
import gen  # noqa: E402

PROG = "prog.py"
ADDRESS = re.compile(r" at 0x[0-9a-f]+")
REFUSAL = re.compile(r"^\S.*?:\d+:\d+: error: (.*)$", re.M)


# ------------------------------------------------------------------ running one program
def run_python(path):
    try:
        return golden.run([sys.executable, path], path)
    except subprocess.TimeoutExpired:
        return ("", "<timeout>", "timeout")


def run_aiocc(aiocc, path):
    for attempt in range(2):
        try:
            if not os.path.exists(aiocc):
                raise FileNotFoundError(aiocc)
            res = golden.run([aiocc, "run", "-O0", path], path)
        except subprocess.TimeoutExpired:
            return ("", "<timeout>", "timeout")
        except OSError as e:   # the binary is being rebuilt
            res = ("", f"<cannot run aiocc: {e}>", "missing")
        # retry once on an internal error or a missing binary (aiocc may be mid-rebuild)
        if attempt == 0 and (res[2] in (3, "missing") or "internal error" in res[1]):
            time.sleep(5)
            continue
        return res
    return res


def refusal(ai):
    out, err, rc = ai
    if rc == 1 and out == "":
        m = REFUSAL.search(err)
        if m and "Traceback" not in err:
            return m.group(1).strip()
    return None


def signature(py, ai):
    """The class of a divergence: which streams differ and how aiocc ended."""
    parts = [name for name, a, b in (("stdout", py[0], ai[0]), ("stderr", py[1], ai[1]),
                                     ("exit", py[2], ai[2])) if a != b]
    rc = ai[2]
    if rc == "timeout":
        parts.append("aiocc-timeout")
    elif rc == 3 and py[2] != 3:
        parts.append("aiocc-exit3")
    elif isinstance(rc, int) and rc < 0:
        parts.append(f"aiocc-signal{-rc}")
    if refusal(ai):
        parts.append("refused")
    return tuple(parts)


def py_class(py):
    """CPython's outcome class: exit code and the uncaught exception's type, if any."""
    last = py[1].strip().splitlines()[-1] if py[1].strip() else ""
    exc = re.match(r"^([A-Za-z_][\w.]*)(:|$)", last)
    return (py[2], exc.group(1) if exc and "Traceback" in py[1] else "")


def cause_key(py, ai):
    """A rough key to group divergences by cause: the first differing line of stderr (or,
    failing that, of stdout), with numbers and addresses blurred."""
    for a, b in ((py[1], ai[1]), (py[0], ai[0])):
        if a != b:
            al, bl = a.splitlines(), b.splitlines()
            if a is py[1] and (al[-1:] != bl[-1:]):   # aiocc ends with another error
                key = f"aiocc's stderr ends with {(bl[-1].strip()[:90] if bl else '<nothing>')!r}"
                return re.sub(r"0x[0-9a-f]+|\d+", "N", key)
            for i in range(max(len(al), len(bl))):
                x = al[i] if i < len(al) else "<end>"
                y = bl[i] if i < len(bl) else "<end>"
                if x != y:
                    key = f"cpython {x.strip()[:70]!r} / aiocc {y.strip()[:70]!r}"
                    return re.sub(r"0x[0-9a-f]+|\d+", "N", key)
    return f"exit code: cpython {py[2]}, aiocc {ai[2]}"


def classify(py, ai):
    if py == ai:
        return "same"
    if refusal(ai) is not None:
        return "refused"
    return "divergent"


def run_pair(aiocc, src, workdir):
    os.makedirs(workdir, exist_ok=True)
    path = os.path.join(workdir, PROG)
    with open(path, "w", encoding="utf-8") as f:
        f.write(src)
    return run_python(path), run_aiocc(aiocc, path)


def short_diff(py, ai, limit=12):
    lines = []
    for name, a, b in (("stdout", py[0], ai[0]), ("stderr", py[1], ai[1])):
        if a != b:
            d = list(difflib.unified_diff(a.splitlines(), b.splitlines(), "cpython", "aiocc", lineterm="", n=1))
            lines.append(f"--- {name} differs:")
            lines += d[2:2 + limit] + (["    ..."] if len(d) > limit + 2 else [])
    if py[2] != ai[2]:
        lines.append(f"--- exit code: cpython {py[2]}, aiocc {ai[2]}")
    return "\n".join(lines)


# ------------------------------------------------------------------ per-seed job
def job(args):
    aiocc, seed, tmp, private_cache = args
    src = gen.generate(seed)
    wd = os.path.join(tmp, f"s{seed}")
    t0 = time.time()
    if private_cache:   # long mode: a throwaway compile cache, or the disk fills up
        os.environ["AIOCC_CACHE_DIR"] = os.path.join(wd, "cache")
    py, ai = run_pair(aiocc, src, wd)
    kind = classify(py, ai)
    extra = None
    if kind == "divergent":
        py2 = run_python(os.path.join(wd, PROG))
        if py2 != py:
            kind = "flaky"
            extra = short_diff(py, py2)
    elif kind == "refused":
        extra = refusal(ai)
    shutil.rmtree(wd, ignore_errors=True)
    return seed, kind, src, py, ai, extra, time.time() - t0


# ------------------------------------------------------------------ reduction
BODY_FIELDS = ("body", "orelse", "finalbody", "handlers")
COMPOUND = (ast.If, ast.For, ast.While, ast.Try, ast.With, ast.AsyncWith, ast.AsyncFor)


def stmt_lists(tree):
    """Every (node, field) holding a statement list, in a deterministic order."""
    out = []
    for node in ast.walk(tree):
        for f in BODY_FIELDS:
            v = getattr(node, f, None)
            if isinstance(v, list) and v:
                out.append((node, f))
    return out


def fix_empty(node, field):
    lst = getattr(node, field)
    if lst:
        return True
    if field == "body" or (field == "handlers" and not getattr(node, "finalbody", None)):
        if field == "handlers":
            return False
        lst.append(ast.Pass())
    elif field == "finalbody" and not getattr(node, "handlers", None):
        node.finalbody = [ast.Pass()]
    return True


def edits(tree):
    """Candidate edits as (kind, list index, arg); applied to a fresh copy by apply()."""
    res = []
    lists = stmt_lists(tree)
    for li, (node, f) in enumerate(lists):
        n = len(getattr(node, f))
        size = n // 2
        while size >= 2:                       # chunk deletions first (ddmin-like)
            for start in range(0, n - size + 1, size):
                res.append(("del", li, (start, start + size)))
            size //= 2
    for li, (node, f) in enumerate(lists):
        lst = getattr(node, f)
        for i in range(len(lst) - 1, -1, -1):
            res.append(("del", li, (i, i + 1)))
            if isinstance(lst[i], COMPOUND):
                res.append(("unwrap", li, (i, "body")))
                if getattr(lst[i], "orelse", None):
                    res.append(("unwrap", li, (i, "orelse")))
                if getattr(lst[i], "finalbody", None):
                    res.append(("unwrap", li, (i, "finalbody")))
    return res


def expr_edits(tree):
    res = []
    for ni, node in enumerate(ast.walk(tree)):
        if isinstance(node, ast.BinOp):
            res += [("expr", ni, "left"), ("expr", ni, "right")]
        elif isinstance(node, ast.BoolOp):
            res += [("expr", ni, "values0")]
        elif isinstance(node, ast.IfExp):
            res += [("expr", ni, "body"), ("expr", ni, "orelse")]
        elif isinstance(node, ast.Call) and len(node.args) + len(node.keywords) > 1:
            res += [("expr", ni, "dropargs")]
    return res


class Replace(ast.NodeTransformer):
    def __init__(self, target, repl):
        self.target, self.repl = target, repl

    def generic_visit(self, node):
        if node is self.target:
            return self.repl
        return super().generic_visit(node)

    def visit(self, node):
        if node is self.target:
            return self.repl
        return super().visit(node)


def apply(tree, edit):
    t = copy.deepcopy(tree)
    kind, idx, arg = edit
    if kind == "expr":
        nodes = list(ast.walk(t))
        node = nodes[idx]
        if arg == "values0":
            repl = node.values[0]
        elif arg == "dropargs":
            node.args, node.keywords = node.args[:1], node.keywords[:1] if not node.args else []
            return t
        else:
            repl = getattr(node, arg)
        t = Replace(node, repl).visit(t)
        return t
    node, f = stmt_lists(t)[idx]
    lst = getattr(node, f)
    if kind == "del":
        a, b = arg
        del lst[a:b]
        if not fix_empty(node, f):
            return None
    else:
        i, part = arg
        inner = getattr(lst[i], part)
        if part == "body" and isinstance(lst[i], ast.Try) and not inner:
            return None
        lst[i:i + 1] = inner
        if not fix_empty(node, f):
            return None
    return t


def reduce_program(aiocc, src, py, ai, workdir, budget, deadline):
    """Greedy AST reduction keeping: CPython's outcome class, aiocc still divergent with the
    same signature."""
    want_sig, want_py = signature(py, ai), py_class(py)

    def tails(p, a):   # stderr's last lines (the exceptions), numbers blurred
        return tuple(re.sub(r"\d+", "N", x.strip().splitlines()[-1] if x.strip() else "") for x in (p[1], a[1]))
    want_tails = tails(py, ai)
    cache = {}
    tests = [0]

    def interesting(text):
        h = hashlib.sha1(text.encode()).hexdigest()
        if h in cache:
            return cache[h]
        if tests[0] >= budget or time.time() > deadline:
            return False
        tests[0] += 1
        p2, a2 = run_pair(aiocc, text, os.path.join(workdir, f"r{tests[0] % 2}"))
        ok = p2 != a2 and py_class(p2) == want_py and signature(p2, a2) == want_sig \
            and p2[2] != "timeout" and (refusal(a2) is None) == (refusal(ai) is None) \
            and ("stderr" not in want_sig or tails(p2, a2) == want_tails)
        if ok:   # a reduction must not make the program nondeterministic (e.g. default reprs)
            ok = not ADDRESS.search(p2[0] + p2[1]) and \
                run_python(os.path.join(workdir, f"r{tests[0] % 2}", PROG)) == p2
        cache[h] = ok
        return ok

    try:
        tree = ast.parse(src)
    except SyntaxError:
        return src, 0
    best = ast.unparse(tree) + "\n"
    if not interesting(best):
        return src, tests[0]
    for phase in (edits, expr_edits, edits):
        changed = True
        while changed and tests[0] < budget and time.time() < deadline:
            changed = False
            i = 0
            cands = phase(tree)
            while i < len(cands) and tests[0] < budget and time.time() < deadline:
                try:
                    t2 = apply(tree, cands[i])
                    text = ast.unparse(ast.fix_missing_locations(t2)) + "\n" if t2 is not None else None
                except Exception:
                    text = None
                if text is not None and text != best and len(text) <= len(best) and interesting(text):
                    tree, best, changed = t2, text, True
                    cands = phase(tree)
                    i = min(i, len(cands))   # the list shifted; continue from about here
                    continue
                i += 1
    return best, tests[0]


def reduce_job(args):
    aiocc, seed, src, py, ai, outdir, budget, seconds, tmp, private_cache = args
    wd = os.path.join(tmp, f"red{seed}")
    if private_cache:
        os.environ["AIOCC_CACHE_DIR"] = os.path.join(wd, "cache")
    t0 = time.time()
    red, n = reduce_program(aiocc, src, py, ai, wd, budget, time.time() + seconds)
    shutil.rmtree(wd, ignore_errors=True)
    with open(os.path.join(outdir, f"seed_{seed}", "reduced.py"), "w", encoding="utf-8") as f:
        f.write(red)
    return seed, n, time.time() - t0, red.count("\n")


def write_divergence(outdir, seed, src, py, ai):
    d = os.path.join(outdir, f"seed_{seed}")
    os.makedirs(d, exist_ok=True)
    files = {"prog.py": src, "cpython.stdout": py[0], "cpython.stderr": py[1], "cpython.exit": f"{py[2]}\n",
             "aiocc.stdout": ai[0], "aiocc.stderr": ai[1], "aiocc.exit": f"{ai[2]}\n",
             "diff.txt": f"seed {seed}: {', '.join(signature(py, ai))}\n" + short_diff(py, ai, 200) + "\n"}
    for name, content in files.items():
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write(content)


# ------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("aiocc")
    ap.add_argument("--seeds", type=int, default=None, help="number of seeds (default 100; 300 with --ci)")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--out", default="/tmp/aiocc-fuzz")
    ap.add_argument("--ci", action="store_true")
    ap.add_argument("--no-reduce", action="store_true")
    ap.add_argument("--reduce-all", action="store_true", help="reduce every divergent seed, not one per cause")
    ap.add_argument("--reduce-budget", type=int, default=None,
                    help="max test runs per reduction (default 150; 40 with --ci)")
    ap.add_argument("--reduce-seconds", type=int, default=None,
                    help="max seconds per reduction (default 300; 90 with --ci)")
    ap.add_argument("--timeout", type=int, default=60, help="per run, seconds (compile included)")
    ap.add_argument("--workdir", default=None,
                    help="scratch dir (default OUT/work: a stable path, so aiocc's compile cache hits "
                         "on a rerun; concurrent runs need different ones)")
    ap.add_argument("--keep-cache", action="store_true",
                    help="with more than 1000 seeds, still use AIOCC_CACHE_DIR (each binary is a "
                         "few MB; by default long runs compile with a throwaway cache per seed)")
    args = ap.parse_args()
    n = args.seeds if args.seeds is not None else (300 if args.ci else 100)
    if args.reduce_budget is None:
        args.reduce_budget = 40 if args.ci else 150
    if args.reduce_seconds is None:
        args.reduce_seconds = 90 if args.ci else 300
    aiocc = os.path.abspath(args.aiocc)
    golden.TIMEOUT = args.timeout
    os.makedirs(args.out, exist_ok=True)
    tmp = os.path.abspath(args.workdir or os.path.join(args.out, "work"))
    os.makedirs(tmp, exist_ok=True)
    private_cache = n > 1000 and not args.keep_cache
    seeds = range(args.start, args.start + n)
    counts = collections.Counter()
    refusals = collections.Counter()
    refused_seeds = collections.defaultdict(list)
    divergent, flaky = [], []
    t0 = last = time.time()
    step = max(1, n // 10)
    try:
        with concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs) as pool:
            done = 0
            for seed, kind, src, py, ai, extra, dt in pool.map(job, ((aiocc, s, tmp, private_cache) for s in seeds)):
                done += 1
                counts[kind] += 1
                if kind == "refused":
                    refusals[extra] += 1
                    refused_seeds[extra].append(seed)
                elif kind == "divergent":
                    divergent.append((seed, src, py, ai))
                    write_divergence(args.out, seed, src, py, ai)
                    print(f"seed {seed}: DIVERGENT ({', '.join(signature(py, ai))})", flush=True)
                elif kind == "flaky":
                    flaky.append(seed)
                    print(f"seed {seed}: FLAKY (CPython differs from itself: generator bug)\n{extra}", flush=True)
                if done % step == 0 or time.time() - last > 60:
                    last = time.time()
                    print(f"[{done}/{n}] {time.time() - t0:.0f}s same {counts['same']} refused {counts['refused']} "
                          f"divergent {counts['divergent']}", flush=True)
            if divergent and not args.no_reduce:
                # one reduction per cause group (its shortest program) unless --reduce-all
                groups = collections.defaultdict(list)
                for d in divergent:
                    groups[cause_key(d[2], d[3])].append(d)
                todo = divergent if args.reduce_all else [min(g, key=lambda d: len(d[1])) for g in groups.values()]
                for key, g in groups.items():
                    rep_seed = min(g, key=lambda d: len(d[1]))[0]
                    for d in g:
                        if not args.reduce_all and d[0] != rep_seed:
                            with open(os.path.join(args.out, f"seed_{d[0]}", "reduced.py"), "w") as f:
                                f.write(f"# same cause as seed {rep_seed}: see ../seed_{rep_seed}/reduced.py\n")
                t1 = time.time()
                print(f"reducing {len(todo)} divergent program(s) (one per cause)...", flush=True)
                red_args = [(aiocc, s, src, py, ai, args.out, args.reduce_budget, args.reduce_seconds, tmp, private_cache)
                            for s, src, py, ai in todo]
                for seed, tests, dt, lines in pool.map(reduce_job, red_args):
                    print(f"  seed {seed}: reduced to {lines} lines ({tests} tests, {dt:.0f}s)", flush=True)
                print(f"reduction took {time.time() - t1:.0f}s", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if refusals:
        print("most common refusals:")
        for msg, c in refusals.most_common(10):
            print(f"  {c:4d}  {msg}   (seeds {', '.join(map(str, refused_seeds[msg][:5]))})")
    if divergent:
        groups = collections.defaultdict(list)
        for seed, src, py, ai in divergent:
            groups[cause_key(py, ai)].append(seed)
        print("divergences grouped by first differing line:")
        for key, ss in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print(f"  {len(ss):4d}  {key}   (seeds {' '.join(map(str, ss[:8]))})")
        print(f"divergent seeds: {' '.join(str(s) for s, *_ in divergent)}  (details in {args.out})")
        if args.ci:
            for seed, src, py, ai in divergent:
                print(f"=== seed {seed} ({', '.join(signature(py, ai))}): {args.out}/seed_{seed}/")
                print(short_diff(py, ai, 8))
    if flaky:
        print(f"flaky seeds (generator nondeterminism): {' '.join(map(str, flaky))}")
    print(f"seeds {n}: same {counts['same']}, refused {counts['refused']}, divergent {counts['divergent']}"
          + (f", flaky {counts['flaky']}" if counts["flaky"] else "") + f"  ({time.time() - t0:.0f}s)")
    if args.ci and (divergent or flaky):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
