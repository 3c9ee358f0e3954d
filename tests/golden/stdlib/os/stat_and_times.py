"""os.stat on the files a backup script checks: sizes, file types through the stat module,
permission bits it set itself, times it set with utime, lstat of symlinks, and fstat."""
import asyncio
import os
import shutil
import stat

ROOT = "_scratch_stat_and_times"


def kind(mode):
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISLNK(mode):
        return "link"
    return "other"


async def snapshot(path):
    await asyncio.sleep(0)
    st = os.stat(path)
    return os.path.relpath(path, ROOT), kind(st.st_mode), st.st_size if stat.S_ISREG(st.st_mode) else None


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "data", "raw"))
    try:
        files = {"data/a.csv": "id,name\n1,x\n", "data/raw/b.bin": "\0" * 1000, "empty.txt": "", "utf8.txt": "héllo wörld\n"}
        for rel, text in files.items():
            with open(os.path.join(ROOT, rel), "w", encoding="utf-8") as f:
                f.write(text)
        paths = [os.path.join(ROOT, p) for p in ("data", "data/raw", *files)]
        for rel, k, size in sorted(await asyncio.gather(*(snapshot(p) for p in paths))):
            print(f"{rel:16} {k:5} {size}")
        st = os.stat(os.path.join(ROOT, "utf8.txt"))
        print("st_size vs chars:", st.st_size, len(files["utf8.txt"]))
        print("S_ISDIR/S_ISREG of file:", stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode))
        dst = os.stat(os.path.join(ROOT, "data"))
        print("S_ISDIR/S_ISREG of dir:", stat.S_ISDIR(dst.st_mode), stat.S_ISREG(dst.st_mode))
        print("S_IFMT:", stat.S_IFMT(st.st_mode) == stat.S_IFREG, stat.S_IFMT(dst.st_mode) == stat.S_IFDIR)
        print("tuple indexing:", st[stat.ST_SIZE] == st.st_size, len(tuple(st)))
        print("types:", type(st).__name__, type(st.st_size).__name__, type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
        target = os.path.join(ROOT, "data", "a.csv")
        for mode in (0o644, 0o600, 0o755, 0o400):
            os.chmod(target, mode)
            m = os.stat(target).st_mode
            print("chmod", oct(mode), "->", oct(stat.S_IMODE(m)), stat.filemode(m), bool(m & stat.S_IXUSR))
        os.chmod(target, 0o644)
        os.utime(target, (1_000_000_000, 1_700_000_000))
        st = os.stat(target)
        print("utime:", st.st_atime, st.st_mtime, st.st_mtime_ns, int(st.st_mtime) == 1_700_000_000)
        os.utime(target, ns=(5_000_000_123, 6_000_000_456))
        print("utime ns:", os.stat(target).st_mtime_ns, os.path.getmtime(target))
        link = os.path.join(ROOT, "link.csv")
        os.symlink("data/a.csv", link)
        print("stat follows link:", kind(os.stat(link).st_mode), os.stat(link).st_size)
        print("lstat does not:", kind(os.lstat(link).st_mode), os.readlink(link))
        print("stat follow_symlinks=False:", kind(os.stat(link, follow_symlinks=False).st_mode))
        print("same inode:", os.stat(link).st_ino == os.stat(target).st_ino)
        fd = os.open(target, os.O_RDONLY)
        try:
            fst = os.fstat(fd)
            print("fstat:", fst.st_size, kind(fst.st_mode), fst.st_ino == st.st_ino)
        finally:
            os.close(fd)
        with open(os.path.join(ROOT, "empty.txt"), "a") as f:
            f.write("grow" * 5)
            f.flush()
            print("fstat of open file:", os.fstat(f.fileno()).st_size)
        print("stat after close:", os.stat(os.path.join(ROOT, "empty.txt")).st_size)
        try:
            os.stat(os.path.join(ROOT, "nope"))
        except FileNotFoundError as e:
            print("stat missing:", e)
        os.remove(target)
        try:
            os.stat(link)
        except FileNotFoundError as e:
            print("dangling link:", e.errno, e.strerror, e.filename)
        print("lstat dangling:", kind(os.lstat(link).st_mode))
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("done")


asyncio.run(main())
