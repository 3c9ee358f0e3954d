"""glob over a project tree built in a temporary directory: simple wildcards, character
classes, recursive ** with and without recursive=True, hidden files, iglob, root_dir,
glob.escape for names with metacharacters, and has_magic. Only relative paths are printed."""
import asyncio
import glob
import os
import tempfile

FILES = [
    "README.md", "setup.py", ".env", "src/app.py", "src/util.py", "src/data/config.json",
    "src/data/.hidden.json", "tests/test_app.py", "tests/test_util.py", "tests/unit/test_x.py",
    "docs/[draft].md", "docs/a*b.txt", "docs/q?.txt", "logs/app.1.log", "logs/app.2.log",
    "logs/app.10.log",
]


def show(label, paths, base):
    rel = sorted(os.path.relpath(p, base) if os.path.isabs(p) else p for p in paths)
    print(f"{label}: {rel}")


async def main():
    with tempfile.TemporaryDirectory() as tmp:
        for name in FILES:
            path = os.path.join(tmp, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(name)
            await asyncio.sleep(0)
        j = lambda *parts: os.path.join(tmp, *parts)
        show("*.py", glob.glob(j("*.py")), tmp)
        show("*", glob.glob(j("*")), tmp)
        show(".*", glob.glob(j(".*")), tmp)
        show("src/*", glob.glob(j("src", "*")), tmp)
        show("*/*.py", glob.glob(j("*", "*.py")), tmp)
        show("**/*.py", glob.glob(j("**", "*.py")), tmp)
        show("**/*.py rec", glob.glob(j("**", "*.py"), recursive=True), tmp)
        show("**/*.json rec", glob.glob(j("**", "*.json"), recursive=True), tmp)
        show("src/** rec", glob.glob(j("src", "**"), recursive=True), tmp)
        show("logs/app.?.log", glob.glob(j("logs", "app.?.log")), tmp)
        show("logs/app.[0-9]*.log", glob.glob(j("logs", "app.[0-9]*.log")), tmp)
        show("tests/test_[!a]*", glob.glob(j("tests", "test_[!a]*")), tmp)
        show("missing", glob.glob(j("nothing", "*")), tmp)

        print("--- root_dir / iglob")
        show("root_dir", glob.glob("*/*.txt", root_dir=tmp), tmp)
        show("root_dir rec", glob.glob("**/test_*.py", root_dir=tmp, recursive=True), tmp)
        it = glob.iglob(j("logs", "*.log"))
        print(type(it).__name__ in ("generator", "iterator"), hasattr(it, "__next__"))
        show("iglob", list(it), tmp)

        print("--- escape")
        for name in ["[draft].md", "a*b.txt", "q?.txt"]:
            esc = glob.escape(name)
            print(repr(esc), glob.has_magic(name), glob.has_magic(esc))
            show("  literal", glob.glob(j("docs", esc)), tmp)
        show("unescaped [draft].md", glob.glob(j("docs", "[draft].md")), tmp)
        show("unescaped q?.txt", glob.glob(j("docs", "q?.txt")), tmp)
        print(repr(glob.escape("dir/[x]/*.py")), glob.has_magic("plain/path.txt"))
    print(os.path.exists(tmp))


asyncio.run(main())
