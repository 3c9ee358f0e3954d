"""os.walk over a source tree the way a line-counting tool does: top-down with pruning,
bottom-up for cleanup, per-directory totals gathered from tasks, all output sorted."""
import asyncio
import os
import shutil

ROOT = "_scratch_walk_tree"

LAYOUT = {
    "README.md": "# demo\n\nA project.\n",
    "setup.py": "from setuptools import setup\nsetup()\n",
    "pkg/__init__.py": "",
    "pkg/core.py": "def f():\n    return 1\n\n\ndef g():\n    return 2\n",
    "pkg/sub/deep.py": "X = 1\n",
    "pkg/sub/data.json": "{}\n",
    "pkg/__pycache__/core.cpython-311.pyc": "junk",
    ".git/HEAD": "ref: refs/heads/main\n",
    ".git/objects/ab": "blob",
    "docs/index.rst": "Title\n=====\n",
    "empty/": None,
}


def build():
    for rel, text in LAYOUT.items():
        path = os.path.join(ROOT, rel)
        if text is None:
            os.makedirs(path, exist_ok=True)
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


async def count_lines(path):
    await asyncio.sleep(0)
    with open(path) as f:
        return sum(1 for _ in f)


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    try:
        build()
        print("full walk:")
        for dirpath, dirnames, filenames in sorted(os.walk(ROOT)):
            print(" ", os.path.relpath(dirpath, ROOT), sorted(dirnames), sorted(filenames))
        print("pruned walk:")
        totals = {}
        for dirpath, dirnames, filenames in os.walk(ROOT):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
            wanted = [os.path.join(dirpath, n) for n in sorted(filenames) if n.endswith((".py", ".md", ".rst"))]
            counts = await asyncio.gather(*(count_lines(p) for p in wanted))
            rel = os.path.relpath(dirpath, ROOT)
            totals[rel] = sum(counts)
            for p, c in zip(wanted, counts):
                print(f"  {os.path.relpath(p, ROOT):20} {c:3}")
        print("per dir:", sorted(totals.items()))
        print("total lines:", sum(totals.values()))
        print("bottom-up order is children first:")
        seen = []
        for dirpath, dirnames, filenames in os.walk(ROOT, topdown=False):
            rel = os.path.relpath(dirpath, ROOT)
            for d in dirnames:
                child = d if rel == "." else os.path.join(rel, d)
                if child not in seen:
                    print("  child after parent!", child)
            seen.append(rel)
        print("  root last:", seen[-1] == ".", "count:", len(seen))
        print("  pycache before pkg:", seen.index(os.path.join("pkg", "__pycache__")) < seen.index("pkg"))
        print("walk of a missing dir:", list(os.walk(os.path.join(ROOT, "missing"))))
        errors = []
        list(os.walk(os.path.join(ROOT, "missing"), onerror=errors.append))
        print("onerror:", [(type(e).__name__, e.errno, os.path.relpath(e.filename, ROOT)) for e in errors])
        print("walk of a file:", list(os.walk(os.path.join(ROOT, "setup.py"))))
        removed = []
        for dirpath, dirnames, filenames in os.walk(ROOT, topdown=False):
            for name in filenames:
                if name.endswith(".pyc"):
                    os.remove(os.path.join(dirpath, name))
            for name in dirnames:
                full = os.path.join(dirpath, name)
                if not os.listdir(full):
                    os.rmdir(full)
                    removed.append(os.path.relpath(full, ROOT))
        print("removed empty:", sorted(removed))
        print("after cleanup:", sorted(os.path.relpath(d, ROOT) for d, _, _ in os.walk(ROOT)))
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)


asyncio.run(main())
