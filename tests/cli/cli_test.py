#!/usr/bin/env python3
"""The aiocc command's own behaviour: help, version, and bad input (each a clear one-line
error and a non-zero exit)."""
import os
import subprocess
import sys
import tempfile

AIOCC = sys.argv[1]
failures = []


def run(*args):
    return subprocess.run([AIOCC, *args], capture_output=True, text=True, timeout=120)


def expect(name, cond, p):
    if not cond:
        failures.append(f"{name}: exit {p.returncode}\nstdout: {p.stdout}\nstderr: {p.stderr}")


p = run("--help")
expect("--help exits 0 and shows usage", p.returncode == 0 and "usage: aiocc" in p.stdout, p)
p = run("--version")
expect("--version", p.returncode == 0 and p.stdout.startswith("aiocc "), p)
p = run()
expect("no command", p.returncode == 2 and "error: no command given" in p.stderr, p)
p = run("frobnicate", "x.py")
expect("unknown command", p.returncode == 2 and "unknown command 'frobnicate'" in p.stderr, p)
p = run("run", "--bogus", "x.py")
expect("bad flag", p.returncode == 2 and "unknown option '--bogus'" in p.stderr, p)
p = run("run", "/nonexistent/script.py")
expect("missing file", p.returncode == 2 and
       p.stderr.strip() == "aiocc: error: /nonexistent/script.py: No such file or directory", p)
p = run("build", "x.py")
expect("build without -o", p.returncode == 2 and "needs -o" in p.stderr, p)

with tempfile.TemporaryDirectory() as d:
    script = os.path.join(d, "hello.py")
    with open(script, "w") as f:
        f.write("import sys\nprint('hello', sys.argv[1:])\nsys.exit(3)\n")
    p = run("run", script, "a", "b")
    expect("run passes arguments and exit code", p.returncode == 3 and p.stdout == "hello ['a', 'b']\n", p)
    p = run("emit", script)
    expect("emit prints C++", p.returncode == 0 and "#include \"aiocc/aiocc.h\"" in p.stdout, p)
    p = run("check", script)
    expect("check succeeds silently", p.returncode == 0 and p.stdout == "" and p.stderr == "", p)
    exe = os.path.join(d, "hello")
    p = run("build", script, "-o", exe)
    expect("build writes an executable", p.returncode == 0 and os.access(exe, os.X_OK), p)
    p = run("compare", script, "a", "b")
    expect("compare says identical", p.returncode == 0 and "identical" in p.stdout and "ratio" in p.stdout, p)
    os.chmod(script, 0)
    if os.geteuid() != 0:
        p = run("check", script)
        expect("unreadable file", p.returncode == 2 and "cannot read" in p.stderr, p)
    bad = os.path.join(d, "bad.py")
    with open(bad, "w") as f:
        f.write("x = (1,\n")
    p = run("check", bad)
    expect("syntax error has file:line:col", p.returncode == 1 and p.stderr.startswith(bad + ":1:"), p)

for f in failures:
    print("FAIL", f)

sys.exit(1 if failures else 0)
