"""os.scandir as a directory browser uses it: entry names, paths, is_dir/is_file/is_symlink,
entry.stat() sizes, the context manager, bytes paths, and a recursive size total in tasks."""
import asyncio
import os
import shutil

ROOT = "_scratch_scandir_entries"


def make(rel, size):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(b"x" * size)


async def du(path):
    total = 0
    subdirs = []
    with os.scandir(path) as it:
        for entry in it:
            if entry.is_dir(follow_symlinks=False):
                subdirs.append(entry.path)
            elif entry.is_file(follow_symlinks=False):
                total += entry.stat().st_size
    await asyncio.sleep(0)
    sizes = await asyncio.gather(*(du(p) for p in sorted(subdirs)))
    return total + sum(sizes)


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    try:
        make("photos/2023/a.jpg", 300)
        make("photos/2023/b.jpg", 450)
        make("photos/2024/c.jpg", 1200)
        make("music/song.mp3", 5000)
        make("notes.txt", 42)
        make(".hidden", 7)
        os.makedirs(os.path.join(ROOT, "empty"))
        os.symlink("notes.txt", os.path.join(ROOT, "link_to_notes"))
        os.symlink("photos", os.path.join(ROOT, "link_to_photos"))
        os.symlink("missing", os.path.join(ROOT, "broken"))
        with os.scandir(ROOT) as it:
            entries = sorted(it, key=lambda e: e.name)
        print(f"{'name':16} {'dir':5} {'file':5} {'link':5} size")
        for e in entries:
            size = e.stat().st_size if e.is_file() else "-"
            print(f"{e.name:16} {e.is_dir()!s:5} {e.is_file()!s:5} {e.is_symlink()!s:5} {size}")
        print("no-follow:", [(e.name, e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False)) for e in entries if e.is_symlink()])
        first = entries[0]
        print("repr:", repr(first), "| str path:", first.path, "| fspath:", os.fspath(first))
        print("types:", type(first).__name__, type(first.name).__name__)
        print("dirs:", sorted(e.name for e in os.scandir(ROOT) if e.is_dir()))
        print("visible files:", sorted(e.name for e in os.scandir(ROOT) if e.is_file() and not e.name.startswith(".")))
        print("empty dir:", list(os.scandir(os.path.join(ROOT, "empty"))))
        print("bytes scandir:", sorted(e.name for e in os.scandir(os.fsencode(os.path.join(ROOT, "photos")))))
        os.chdir(os.path.join(ROOT, "photos"))
        try:
            print("default dir:", sorted((e.name, e.path) for e in os.scandir()))
        finally:
            os.chdir(os.path.join("..", ".."))
        for name in ("photos", "music", "empty"):
            print(f"du {name}:", await du(os.path.join(ROOT, name)))
        print("du all:", await du(ROOT))
        it = os.scandir(ROOT)
        names = []
        for e in it:
            names.append(e.name)
            if len(names) == 2:
                break
        it.close()
        print("closed early with", len(names), "names; next after close:", list(it))
        try:
            os.scandir(os.path.join(ROOT, "nope"))
        except FileNotFoundError as e:
            print("FileNotFoundError:", e)
        try:
            os.scandir(os.path.join(ROOT, "notes.txt"))
        except NotADirectoryError as e:
            print("NotADirectoryError:", e)
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not os.path.exists(ROOT))


asyncio.run(main())
