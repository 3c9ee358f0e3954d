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
    # build, emit and check take their options after FILE too (the CMake package does).
    cpp, dep = os.path.join(d, "hello.cpp"), os.path.join(d, "hello.d")
    p = run("emit", script, "-o", cpp, "--depfile", dep)
    expect("emit options after FILE", p.returncode == 0 and os.path.exists(cpp) and
           open(dep).read().startswith(cpp + ":"), p)
    p = run("emit", script, "extra.py")
    expect("a second FILE", p.returncode == 2 and "unexpected argument 'extra.py'" in p.stderr, p)
    p = run("build", script, "--bogus")
    expect("a bad flag after FILE", p.returncode == 2 and "unknown option '--bogus'" in p.stderr, p)
    exe = os.path.join(d, "hello")
    p = run("build", script, "-o", exe)
    expect("build writes an executable", p.returncode == 0 and os.access(exe, os.X_OK), p)
    p = run("build", script, "-O0", "-o", exe)
    expect("build -O0", p.returncode == 0 and os.access(exe, os.X_OK), p)
    p = run("run", "-O1", script, "x")
    expect("run -O1", p.returncode == 3 and p.stdout == "hello ['x']\n", p)
    p = run("emit", script, "-O3")
    expect("-O is not an emit option", p.returncode == 2 and "unknown option '-O3' for 'emit'" in p.stderr, p)
    p = run("build", script, "-O4", "-o", exe)
    expect("a bad -O level", p.returncode == 2 and "unknown option '-O4'" in p.stderr, p)
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

# Nothing of the user's is lost, and I/O trouble is a one-line error with exit 2.
with tempfile.TemporaryDirectory() as d:
    script = os.path.join(d, "s.py")
    with open(script, "w") as f:
        f.write("print('ok')\n")
    exe = os.path.join(d, "prog")
    with open(exe + ".cpp", "w") as f:
        f.write("// the user's own file\n")
    p = run("build", script, "-o", exe)
    expect("build leaves OUT.cpp alone", p.returncode == 0 and
           open(exe + ".cpp").read() == "// the user's own file\n" and
           sorted(os.listdir(d)) == ["prog", "prog.cpp", "s.py"], p)
    p = run("build", script, "-o", d)
    expect("build -o DIR", p.returncode == 2 and "is a directory" in p.stderr and
           not os.path.exists(d + ".cpp"), p)
    p = run("build", script, "-o", os.path.join(d, "missing", "prog"))
    expect("build into a missing directory", p.returncode == 2 and
           p.stderr.startswith("aiocc: error: cannot write") and len(p.stderr.splitlines()) == 1, p)
    p = run("check", "/dev/zero")
    expect("check /dev/zero", p.returncode == 2 and "file too large" in p.stderr, p)
    env = dict(os.environ, AIOCC_CACHE_DIR=os.path.join(d, "cache"))
    p = subprocess.run([AIOCC, "run", script], capture_output=True, text=True, env=env, timeout=120)
    expect("run fills the cache", p.returncode == 0 and p.stdout == "ok\n", p)
    for name in os.listdir(os.path.join(d, "cache")):  # truncate every cached binary
        if not name.endswith(".size"):
            with open(os.path.join(d, "cache", name), "r+b") as f:
                f.truncate(100)
    p = subprocess.run([AIOCC, "run", script], capture_output=True, text=True, env=env, timeout=120)
    expect("a damaged cache entry is rebuilt", p.returncode == 0 and p.stdout == "ok\n", p)
    bad_env = dict(os.environ, AIOCC_CACHE_DIR="/proc/no-such-cache")
    p = subprocess.run([AIOCC, "run", script], capture_output=True, text=True, env=bad_env, timeout=120)
    expect("unwritable cache", p.returncode == 2 and len(p.stderr.splitlines()) == 1 and
           "cannot write the compile cache" in p.stderr, p)
    # A reader that goes away: BrokenPipeError at the print, as CPython (SIGPIPE is ignored).
    chatty = os.path.join(d, "chatty.py")
    with open(chatty, "w") as f:
        f.write("for i in range(1000000):\n    print(i)\n")
    prog = os.path.join(d, "chatty")
    run("build", chatty, "-o", prog)
    proc = subprocess.Popen([prog], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    p = subprocess.CompletedProcess([prog], proc.returncode, "", err)
    expect("broken pipe", proc.returncode == 1 and err.endswith("BrokenPipeError: [Errno 32] Broken pipe\n"), p)

# A program of several files is compiled a unit per module: a change to one module compiles
# that module's unit again, and no other.
with tempfile.TemporaryDirectory() as d:
    files = {"main.py": "import a\nimport b\nprint(a.NAME, b.twice(21))\n",
             "a.py": "NAME = 'a'\n", "b.py": "def twice(x):\n    return 2 * x\n"}
    for name, text in files.items():
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
    cache = os.path.join(d, "cache")
    env = dict(os.environ, AIOCC_CACHE_DIR=cache)

    def units():
        return sorted(n for n in os.listdir(cache) if n.startswith("unit-") and n.endswith(".o"))

    p = subprocess.run([AIOCC, "run", os.path.join(d, "main.py")], capture_output=True, text=True, env=env, timeout=300)
    before = units()
    expect("a unit per module", p.returncode == 0 and p.stdout == "a 42\n" and len(before) == 3, p)
    with open(os.path.join(d, "b.py"), "w") as f:
        f.write("def twice(x):\n    return x + x + 1\n")
    p = subprocess.run([AIOCC, "run", os.path.join(d, "main.py")], capture_output=True, text=True, env=env, timeout=300)
    after = units()
    expect("a changed module compiles its unit alone", p.returncode == 0 and p.stdout == "a 43\n" and
           len(after) == 4 and set(before) < set(after), p)

# Regular expressions that sre reads differently from PCRE2 are refused when compiled, naming
# the construct (NotImplementedError), rather than matched otherwise; their neighbours are not.
with tempfile.TemporaryDirectory() as d:
    script = os.path.join(d, "patterns.py")
    with open(script, "w") as f:
        f.write("import re\n"
                "for p in [r'(?:^|a){,3}', r'(a??){0,2}b', r'(?:(b)|){2}+', r'((b)|)*+', r'((|b)(?(1)w))',\n"
                "          '(?i)[a\\U00010400]', r'a{70000}']:\n"
                "    try:\n"
                "        re.compile(p)\n"
                "    except NotImplementedError as e:\n"
                "        print(e)\n"
                "for p in [r'(|a)*b', r'(a|){2}', r'(?:(b)|)?+', r'(?>(?:(b)|){2})', r'((a).*){2}+', r'(b)(?(1)w)',\n"
                "          '(?i)[\\U00010400]',\n"
                "          '(?i)[a\\U00010428]', r'(\\w*)?x']:\n"
                "    re.compile(p)\n"
                "print('accepted')\n")
    p = run("run", script)
    want = ["aiocc's re: a bounded repeat of a group that can match the empty string (sre and PCRE2 differ)"] * 2 + \
        ["aiocc's re: a capturing group an iteration may leave unset, inside a possessive repeat "
         "(sre and PCRE2 differ)"] * 2 + \
        ["aiocc's re: a conditional (?(N)...) inside group N (sre and PCRE2 differ)",
         "aiocc's re: a character class of several members with a cased letter beyond U+FFFF under "
         "IGNORECASE (sre and PCRE2 differ)", "aiocc's re: repetition counts above 65535", "accepted"]
    expect("re refuses what sre reads differently", p.returncode == 0 and p.stdout.splitlines() == want, p)

for f in failures:
    print("FAIL", f)

sys.exit(1 if failures else 0)
