"""A mirror script copies a manifest's files into a staging tree, computing each destination
with relative_to. One manifest entry points outside the source root: the ValueError from
pathlib escapes the gathered task and asyncio.run, after the scratch tree is removed."""
import asyncio
import shutil
from pathlib import Path

SRC = Path("_scratch_pathlib_uncaught/src")
DEST = Path("_scratch_pathlib_uncaught/stage")


async def mirror(path):
    await asyncio.sleep(0.001)
    dest = DEST / path.relative_to(SRC)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(path.read_bytes())
    return dest


async def main():
    shutil.rmtree(SRC.parent, ignore_errors=True)
    try:
        for rel in ("index.html", "css/site.css", "js/app.js"):
            f = SRC / rel
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(f"/* {rel} */\n")
        manifest = sorted(SRC.rglob("*.*"))
        done = await asyncio.gather(*(mirror(p) for p in manifest))
        print("staged:", [str(d.relative_to(DEST)) for d in done])
        manifest.append(SRC.parent / "secrets.env")
        print("manifest now has", len(manifest), "entries")
        done = await asyncio.gather(*(mirror(p) for p in manifest))
        print("never printed", done)
    finally:
        shutil.rmtree(SRC.parent, ignore_errors=True)
        print("cleaned up:", not SRC.parent.exists())


asyncio.run(main())
