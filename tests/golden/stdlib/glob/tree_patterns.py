"""glob over a project tree built in a TemporaryDirectory: *, ?, [..] and [!..] classes,
recursive ** with and without recursive=True, root_dir and dir_fd-free relative results,
hidden files, trailing slashes for directories only, iglob as an iterator, has_magic and
escape() for names containing magic characters. Every result is sorted and relative."""
import glob
import os
import tempfile

LAYOUT = [
    "README.md",
    "setup.py",
    "setup.cfg",
    ".env",
    ".github/workflows/ci.yml",
    "src/app/__init__.py",
    "src/app/main.py",
    "src/app/util.py",
    "src/app/data/schema.json",
    "src/app/data/.cache",
    "src/legacy.py2",
    "tests/test_main.py",
    "tests/test_util.py",
    "tests/fixtures/a1.txt",
    "tests/fixtures/a2.txt",
    "tests/fixtures/b1.txt",
    "tests/fixtures/ab.txt",
    "docs/index.rst",
    "docs/[draft] notes.md",
    "docs/what?.txt",
    "docs/star*.txt",
]


def rel(paths, base):
    return sorted(os.path.relpath(p, base) if os.path.isabs(p) else p for p in paths)


with tempfile.TemporaryDirectory() as root:
    for name in LAYOUT:
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(name)
    os.makedirs(os.path.join(root, "empty_dir"))

    def show(pattern, **kw):
        hits = glob.glob(os.path.join(root, pattern), **kw)
        print(f"{pattern:28} {kw or ''} {rel(hits, root)}")

    print("--- absolute patterns")
    for pattern in ["*", "*.py", "setup.*", "s*/*.py*", "*/", "tests/test_????.py", "tests/test_?????.py",
                    "tests/fixtures/a?.txt", "tests/fixtures/[ab]1.txt", "tests/fixtures/[!b]*.txt",
                    "tests/fixtures/[a-b][0-9].txt", "nothing*", "src/app/data/*", "docs/*"]:
        show(pattern)
    print("--- recursive")
    show("**/*.py")
    show("**/*.py", recursive=True)
    show("src/**", recursive=True)
    show("src/**/", recursive=True)
    show("**/fixtures/*1.txt", recursive=True)
    show("**", recursive=True)
    print("--- hidden")
    show(".*")
    show("**/.*", recursive=True)
    show("src/app/data/.c*")
    show("*", include_hidden=True)

    print("--- root_dir (relative results)")
    print(sorted(glob.glob("*.py", root_dir=root)))
    print(sorted(glob.glob("**/*.txt", root_dir=root, recursive=True)))
    print(sorted(glob.glob("*/", root_dir=os.path.join(root, "src"))))
    print(sorted(glob.glob("tests/*/", root_dir=root)))
    print(glob.glob("", root_dir=root), glob.glob("missing/*", root_dir=root))
    print(sorted(glob.glob("README.md", root_dir=root)), glob.glob("readme.MD", root_dir=root))

    print("--- cwd-relative")
    old = os.getcwd()
    os.chdir(root)
    try:
        print(sorted(glob.glob("tests/*.py")))
        print(sorted(glob.glob("./docs/*.rst")))
        print(sorted(glob.glob("src/../*.cfg")))
        it = glob.iglob("tests/fixtures/*.txt")
        print(type(it).__name__, hasattr(it, "__next__"), sorted(it))
        print(sorted(glob.iglob("**/", recursive=True)))
    finally:
        os.chdir(old)

    print("--- magic and escape")
    for s in ["plain.txt", "a*b", "what?", "[x]", "no-magic/dir", b"by*tes", b"bytes"]:
        print(repr(s), glob.has_magic(s))
    for name in ["docs/[draft] notes.md", "docs/what?.txt", "docs/star*.txt"]:
        esc = glob.escape(name)
        print(repr(esc), sorted(glob.glob(esc, root_dir=root)))
    print(repr(glob.escape(b"a[b]*?")), repr(glob.escape("//?/c:/x*")))
    print(rel(glob.glob(os.path.join(glob.escape(root), "docs", "*.txt")), root))
    print(sorted(glob.glob(b"tests/*.py", root_dir=root.encode())))
    print(sorted(p.decode() for p in glob.glob(os.path.join(root, "*.md").encode())) == [os.path.join(root, "README.md")])

print("after cleanup:", glob.glob(os.path.join(root, "*")))
