"""Rotating log files and locating things the way a deploy script does: rename and replace
(returning the new Path), resolve/absolute printed only relative to a base, Path.cwd and
Path.home compared rather than printed, expanduser with HOME set here, samefile, symlinks."""
import asyncio
import os
import shutil
from pathlib import Path

ROOT = Path("_scratch_pathlib_move")


async def rotate(logdir, name, keep):
    """app.log -> app.log.1 -> app.log.2 ..., dropping the oldest."""
    await asyncio.sleep(0.001)
    base = logdir / name
    oldest = base.with_name(f"{name}.{keep}")
    oldest.unlink(missing_ok=True)
    for i in range(keep - 1, 0, -1):
        src = base.with_name(f"{name}.{i}")
        if src.exists():
            src.rename(base.with_name(f"{name}.{i + 1}"))
    if base.exists():
        moved = base.rename(base.with_name(f"{name}.1"))
        print(f"  {name}: rename returned {type(moved).__name__} {moved.name}")
    base.write_text(f"fresh {name}\n")


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    ROOT.mkdir()
    try:
        logs = ROOT / "logs"
        logs.mkdir()
        for n in ("app.log", "web.log"):
            (logs / n).write_text(f"old {n}\n")
        for round_no in range(3):
            print("round", round_no)
            await asyncio.gather(rotate(logs, "app.log", 2), rotate(logs, "web.log", 3))
            print("  now:", sorted(p.name for p in logs.iterdir()))
        print("app.log.2:", (logs / "app.log.2").read_text().strip())

        print("-- replace and rename over existing")
        a, b = ROOT / "a.txt", ROOT / "b.txt"
        a.write_text("A")
        b.write_text("B")
        r = a.replace(b)
        print("replace:", r == b, a.exists(), b.read_text())
        c = ROOT / "c.txt"
        c.write_text("C")
        c.rename(b)
        print("rename over file:", b.read_text(), c.exists())
        try:
            (ROOT / "ghost").rename(ROOT / "x")
        except FileNotFoundError as e:
            print("FileNotFoundError:", e)
        (ROOT / "full").mkdir()
        (ROOT / "full" / "f").touch()
        try:
            logs.rename(ROOT / "full")
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
        moved = logs.rename(ROOT / "archive")
        print("dir renamed:", moved.relative_to(ROOT), logs.exists(), len(list(moved.iterdir())))
        print("rename with str target:", repr(b.rename(str(ROOT / "d.txt"))))

        print("-- resolve and absolute")
        base = ROOT.resolve()
        print("absolute:", base.is_absolute(), ROOT.is_absolute(), ROOT.absolute() == Path.cwd() / ROOT)
        print("cwd:", Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute(), type(Path.cwd()).__name__)
        messy = ROOT / "archive" / ".." / "archive" / "." / "app.log"
        print("messy:", messy)
        print("resolved:", messy.resolve().relative_to(base))
        print("absolute keeps ..:", messy.absolute().relative_to(Path.cwd()))
        print("missing resolves anyway:", (ROOT / "no" / ".." / "where").resolve().relative_to(base))
        try:
            (ROOT / "no" / "where").resolve(strict=True)
        except FileNotFoundError as e:
            print("strict:", type(e).__name__, e.errno)
        print("resolve of dot:", Path(".").resolve() == Path.cwd())

        print("-- symlinks")
        target = ROOT / "archive" / "app.log"
        link = ROOT / "current.log"
        link.symlink_to(Path("archive") / "app.log")
        print("link:", link.is_symlink(), link.is_file(), target.is_symlink(), link.readlink())
        print("through link:", link.read_text().strip(), link.resolve().relative_to(base))
        print("samefile:", link.samefile(target), target.samefile(str(target)), link.samefile(ROOT / "d.txt"))
        print("stat vs lstat:", link.stat().st_size == target.stat().st_size,
              link.lstat().st_size == len("archive/app.log"))
        dangling = ROOT / "dangling"
        dangling.symlink_to("nowhere")
        print("dangling:", dangling.is_symlink(), dangling.exists(), dangling.resolve().relative_to(base))
        try:
            dangling.samefile(link)
        except FileNotFoundError as e:
            print("samefile dangling:", type(e).__name__, e.errno)
        dangling.unlink()
        print("after unlink:", dangling.is_symlink())

        print("-- home and expanduser")
        saved = os.environ.get("HOME")
        os.environ["HOME"] = "/home/tester"
        try:
            print(Path("~").expanduser(), Path("~/notes/todo.txt").expanduser(), Path.home())
            print(Path("plain/~x").expanduser(), Path("/abs/~").expanduser())
            print(Path("~/.config").expanduser().relative_to(Path.home()))
            try:
                Path("~no_such_user_aiocc_zz/x").expanduser()
            except RuntimeError as e:
                print("RuntimeError:", e)
        finally:
            if saved is None:
                del os.environ["HOME"]
            else:
                os.environ["HOME"] = saved
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not ROOT.exists())


asyncio.run(main())
