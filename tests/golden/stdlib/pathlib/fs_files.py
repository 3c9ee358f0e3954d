"""A small cache directory managed with Path methods: mkdir with parents/exist_ok and the
errors it raises, write_text/read_text, write_bytes/read_bytes, open, exists/is_file/is_dir,
stat().st_size, touch, unlink(missing_ok=True) and rmdir, with tasks filling the cache."""
import asyncio
import shutil
from pathlib import Path

ROOT = Path("_scratch_pathlib_fs_files")


def err(f):
    try:
        return f()
    except OSError as e:
        print(f"  {type(e).__name__}: errno={e.errno} {e}")


async def store(cache, key, payload):
    await asyncio.sleep(0.002 * (len(key) % 3))
    shard = cache / key[:2]
    shard.mkdir(exist_ok=True)
    target = shard / key
    if isinstance(payload, str):
        n = target.write_text(payload)
    else:
        n = target.write_bytes(payload)
    return key, n


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    try:
        cache = ROOT / "var" / "cache"
        print("exists before:", ROOT.exists(), cache.exists(), cache.is_dir(), cache.is_file())
        print("mkdir without parents:")
        err(lambda: cache.mkdir())
        cache.mkdir(parents=True)
        print("made:", cache.is_dir(), (ROOT / "var").is_dir())
        print("mkdir again:")
        err(lambda: cache.mkdir())
        err(lambda: cache.mkdir(parents=True))
        print("exist_ok:", cache.mkdir(exist_ok=True), cache.mkdir(parents=True, exist_ok=True))

        items = {"alpha": "first entry\n", "beta": b"\x00\x01\x02binary", "gamma": "ünïcode ✓\n",
                 "al-2": "", "bb": "x" * 1000}
        written = await asyncio.gather(*(store(cache, k, v) for k, v in items.items()))
        print("written:", written)
        for key in sorted(items):
            p = cache / key[:2] / key
            print(f"  {p.relative_to(ROOT)}: file={p.is_file()} size={p.stat().st_size}")
        print("read_text:", repr((cache / "al" / "alpha").read_text()))
        print("read_bytes:", (cache / "be" / "beta").read_bytes())
        print("utf-8 text:", (cache / "ga" / "gamma").read_text(encoding="utf-8").strip(),
              len((cache / "ga" / "gamma").read_bytes()))
        print("latin-1 view:", (cache / "ga" / "gamma").read_text(encoding="latin-1", errors="replace")[:4])

        log = cache / "log.txt"
        with log.open("w") as f:
            f.write("one\n")
            print("two", file=f)
        with log.open("a") as f:
            f.write("three\n")
        with log.open() as f:
            print("lines:", [line.rstrip("\n") for line in f])
        with log.open("rb") as f:
            print("head:", f.read(4))
        try:
            log.write_text(b"bytes")
        except TypeError as e:
            print("TypeError:", e)

        stamp = cache / "stamp"
        stamp.touch()
        print("touched:", stamp.exists(), stamp.stat().st_size)
        stamp.write_text("keep")
        stamp.touch()
        print("touch keeps content:", stamp.read_text())
        print("touch exist_ok=False:")
        err(lambda: stamp.touch(exist_ok=False))
        print("missing files:")
        missing = cache / "nope.txt"
        err(lambda: missing.read_text())
        err(lambda: missing.stat())
        err(lambda: missing.unlink())
        err(lambda: (ROOT / "no" / "dir" / "f").write_text("x"))
        err(lambda: cache.read_text())
        print("unlink missing_ok:", missing.unlink(missing_ok=True), missing.exists())
        stamp.unlink()
        print("stamp gone:", stamp.exists(), stamp.is_file())
        print("rmdir non-empty:")
        err(lambda: (cache / "al").rmdir())
        for f in (cache / "al").iterdir():
            f.unlink()
        (cache / "al").rmdir()
        print("al gone:", (cache / "al").exists())
        err(lambda: (cache / "al").rmdir())
        print("rmdir on file:")
        err(lambda: log.rmdir())
        print("unlink on dir:")
        err(lambda: (cache / "bb").unlink())
        print("left:", sorted(str(p.relative_to(cache)) for p in cache.rglob("*")))
    finally:
        shutil.rmtree(ROOT, ignore_errors=True)
    print("cleaned:", not ROOT.exists())


asyncio.run(main())
