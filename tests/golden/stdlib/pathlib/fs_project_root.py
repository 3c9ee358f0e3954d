"""Finding the project root by walking up .parents until a marker file appears (the way
linters and test runners do), then mixing Path with os, open and shutil calls that take
path-like objects, and write_text's newline argument."""
import asyncio
import os
import shutil
from pathlib import Path, PurePosixPath

TOP = Path("_scratch_pathlib_root")
MARKERS = ("pyproject.toml", "setup.cfg", ".git")


def find_root(start):
    start = start.resolve()
    for d in (start, *start.parents):
        for m in MARKERS:
            if (d / m).exists():
                return d, m
    return None, None


async def probe(start):
    await asyncio.sleep(0.001)
    root, marker = find_root(start)
    base = TOP.resolve()
    if root is None or not root.is_relative_to(base):
        return str(start), "no root inside scratch"
    return str(start), f"{root.relative_to(base)} (via {marker})"


async def main():
    shutil.rmtree(TOP, ignore_errors=True)
    try:
        proj = TOP / "work" / "proj"
        (proj / "src" / "pkg" / "sub").mkdir(parents=True)
        (proj / "pyproject.toml").write_text("[project]\nname = 'proj'\n")
        (proj / "src" / "pkg" / "setup.cfg").write_text("[metadata]\n")
        (TOP / "work" / "other" / ".git").mkdir(parents=True)
        (TOP / "work" / "loose").mkdir()
        starts = [proj / "src" / "pkg" / "sub", proj / "src", proj, TOP / "work" / "other" / ".git",
                  TOP / "work" / "loose", proj / "src" / "pkg" / "sub" / ".." / ".."]
        for start, found in await asyncio.gather(*(probe(s) for s in starts)):
            print(f"  {start:44} -> {found}")

        print("-- path-like everywhere")
        cfg = proj / "pyproject.toml"
        with open(cfg) as f:
            print("open(Path):", f.readline().strip())
        print("os.path.exists:", os.path.exists(cfg), os.path.isdir(proj), os.path.getsize(cfg))
        print("os.listdir:", sorted(os.listdir(proj)))
        print("os.path.join:", os.path.join(proj, "x"), type(os.path.join(proj, "x")).__name__)
        print("os.path.relpath:", os.path.relpath(cfg, TOP))
        copied = shutil.copy(cfg, proj / "copy.toml")
        print("shutil.copy returns:", type(copied).__name__, Path(copied).relative_to(TOP))
        moved = shutil.move(proj / "copy.toml", proj / "src")
        print("shutil.move returns:", type(moved).__name__, Path(moved).relative_to(TOP))
        os.rename(proj / "src" / "copy.toml", proj / "renamed.toml")
        print("after os.rename:", sorted(p.name for p in proj.iterdir()))
        print("Path(Path):", Path(proj) == proj, Path(TOP, PurePosixPath("a"), "b"))
        print("Path from fspath:", Path(os.fspath(cfg)) == cfg, os.fspath(cfg) == str(cfg))

        print("-- newline and encoding")
        txt = TOP / "crlf.txt"
        txt.write_text("a\nb\n", newline="\r\n")
        print("bytes:", txt.read_bytes(), "text:", repr(txt.read_text()))
        with txt.open(newline="") as f:
            print("raw lines:", f.readlines())
        txt.write_text("naïve café\n", encoding="latin-1")
        print("latin-1 bytes:", txt.read_bytes())
        try:
            txt.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError:", e)
        print("replace:", repr(txt.read_text(encoding="utf-8", errors="replace")))
        try:
            txt.write_text("snow ☃", encoding="ascii")
        except UnicodeEncodeError as e:
            print("UnicodeEncodeError:", e)
        print("after failed write:", txt.read_bytes())
    finally:
        shutil.rmtree(TOP, ignore_errors=True)
    print("cleaned:", not TOP.exists())


asyncio.run(main())
