"""Handling Windows paths from a config file on any OS with PureWindowsPath: drive, root,
anchor, parts, case-insensitive comparison, both separators, UNC shares, as_posix, joining
with drive changes, and converting to PurePosixPath for a cross-platform archive."""
import asyncio
from pathlib import PurePosixPath, PureWindowsPath

CONFIG = [
    r"C:\Users\Ann\Documents\report.docx",
    "C:/Program Files/App/app.exe",
    r"\\server\share\dir\file.txt",
    r"D:relative\file",
    r"\rooted\no\drive",
    r"plain\rel\path.tar.gz",
    "c:\\",
    "C:",
]


async def describe(raw):
    await asyncio.sleep(0)
    p = PureWindowsPath(raw)
    return (f"{raw!r}\n    str={str(p)!r} drive={p.drive!r} root={p.root!r} anchor={p.anchor!r}\n"
            f"    parts={p.parts} name={p.name!r} suffixes={p.suffixes}\n"
            f"    absolute={p.is_absolute()} posix={p.as_posix()!r} parent={str(p.parent)!r}")


async def main():
    for text in await asyncio.gather(*(describe(r) for r in CONFIG)):
        print(text)

    print("-- joining")
    base = PureWindowsPath("C:/Users/Ann")
    print(base / "Desktop", base / "D:/other", base / "/root", base / "c:sub", base / "C:sub")
    print(repr(base.joinpath("a", "b/c")), repr(PureWindowsPath("a/b", "c\\d")))
    print(PureWindowsPath("//server/share") / "x", PureWindowsPath("//server/share").anchor)

    print("-- case-insensitive")
    a, b = PureWindowsPath("C:/Temp/File.TXT"), PureWindowsPath("c:\\temp\\file.txt")
    print(a == b, hash(a) == hash(b), len({a, b}), str(a), str(b))
    print(a.match("*.txt"), a.match("FILE.*"), PureWindowsPath("C:/X/y.py").match("c:/x/*.PY"))
    print(a.relative_to("c:/TEMP"), a.is_relative_to("C:/"), a.is_relative_to("D:/"))
    try:
        a.relative_to("D:/Temp")
    except ValueError as e:
        print("ValueError:", e)
    print(sorted([PureWindowsPath(s) for s in ["b", "A", "a/B", "C:/z", "c:/Y"]]))

    print("-- reserved and uri")
    for name in ["nul", "CON.txt", "com1", "report.txt", "aux/x"]:
        print(f"  {name!r}: reserved={PureWindowsPath(name).is_reserved()}")
    print(PureWindowsPath("C:/a b/c").as_uri(), PureWindowsPath("//host/share/f").as_uri())

    print("-- to posix for an archive")
    archive = []
    for raw in CONFIG[:3] + CONFIG[5:6]:
        w = PureWindowsPath(raw)
        rel = PurePosixPath(*w.parts[1:]) if w.anchor else PurePosixPath(*w.parts)
        archive.append(rel)
    for p in sorted(archive):
        print(f"  {str(p):34} {p.suffix or '-'}")
    print("with_suffix:", PureWindowsPath(r"C:\a\b.txt").with_suffix(".md"),
          PureWindowsPath(r"C:\a\b.txt").with_name("c.log"))
    try:
        PureWindowsPath("C:/").with_name("x")
    except ValueError as e:
        print("ValueError:", e)
    try:
        PureWindowsPath("C:/a").with_name("b:c")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
