"""Finding files in a project tree with Path.iterdir, glob and rglob (results sorted, since
directory order is up to the filesystem): wildcards, character classes, '**', hidden files,
directory-only patterns, the errors for bad patterns, and per-directory sizes from tasks."""
import asyncio
import shutil
from pathlib import Path

ROOT = Path("_scratch_pathlib_listing")

TREE = {
    "setup.py": "from setuptools import setup\n",
    "README.md": "# demo\n",
    ".env": "DEBUG=1\n",
    "src/demo/__init__.py": "",
    "src/demo/core.py": "X = 1\n" * 10,
    "src/demo/util.py": "def f(): pass\n",
    "src/demo/data/table.csv": "a,b\n1,2\n",
    "src/demo/data/.cache/blob": "zz",
    "tests/test_core.py": "def test(): pass\n",
    "tests/test_util.py": "",
    "tests/conftest.py": "",
    "docs/index.md": "hello\n",
    "docs/img/logo.PNG": "png",
    "build/": None,
}


def rel(paths):
    return sorted(str(p.relative_to(ROOT)) for p in paths)


async def dir_size(d):
    await asyncio.sleep(0.001)
    total = sum(f.stat().st_size for f in d.rglob("*") if f.is_file())
    return d.name, total


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    try:
        for name, text in TREE.items():
            p = ROOT / name
            if text is None:
                p.mkdir(parents=True)
            else:
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(text)

        print("iterdir:", rel(ROOT.iterdir()))
        print("dirs:", sorted(p.name for p in ROOT.iterdir() if p.is_dir()))
        print("files:", sorted(p.name for p in ROOT.iterdir() if p.is_file()))
        print("empty dir:", list((ROOT / "build").iterdir()))
        print("iterdir yields Paths:", {type(p).__name__ for p in ROOT.iterdir()})

        patterns = ["*", "*.py", "*.md", ".*", "*/*.py", "src/*/*.py", "tests/test_*.py",
                    "tests/[ct]*.py", "tests/test_?ore.py", "**/*.py", "**/", "**", "*/",
                    "docs/img/*.png", "docs/img/*.PNG", "src/**/*.csv", "nothing*", "src/demo"]
        for pat in patterns:
            print(f"glob {pat!r}: {rel(ROOT.glob(pat))}")
        for pat in ["*.py", "test_*", "*.csv", "blob", "data", "*.PNG"]:
            print(f"rglob {pat!r}: {rel(ROOT.rglob(pat))}")

        print("glob on missing dir:", list((ROOT / "missing").glob("*")))
        print("rglob on missing dir:", list((ROOT / "missing").rglob("*")))
        for bad in ["", "/abs/*.py", "a**b"]:
            try:
                list(ROOT.glob(bad))
            except (ValueError, NotImplementedError) as e:
                print(f"glob {bad!r}: {type(e).__name__}: {e}")

        print("-- sizes by top-level dir")
        tops = sorted(p for p in ROOT.iterdir() if p.is_dir())
        for name, size in await asyncio.gather(*(dir_size(d) for d in tops)):
            print(f"  {name:8} {size:4}")
        py = sorted(ROOT.rglob("*.py"))
        print("largest .py:", max(py, key=lambda p: (p.stat().st_size, str(p))).relative_to(ROOT))
        print("empty .py:", [str(p.relative_to(ROOT)) for p in py if p.stat().st_size == 0])
        print("suffix counts:", sorted({s: sum(1 for p in ROOT.rglob("*") if p.suffix == s)
                                        for p in ROOT.rglob("*") for s in [p.suffix]}.items()))
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("removed:", not ROOT.exists())


asyncio.run(main())
