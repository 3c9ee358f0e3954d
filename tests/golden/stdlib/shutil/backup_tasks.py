"""A backup job in tasks: each task copies one project with copytree (dirs_exist_ok,
ignore_patterns, copy_function=shutil.copy), a manifest is built with copyfileobj and
disk-free independent checks, old backups are pruned with rmtree(onerror=...), and
shutil.move renames across directories."""
import asyncio
import os
import shutil

ROOT = "_scratch_backup_tasks"
PROJECTS = {
    "alpha": {"README": "alpha\n", "src/a.py": "A = 1\n", "build/out.o": "obj", "src/__pycache__/a.pyc": "c"},
    "beta": {"README": "beta\n", "docs/index.md": "# beta\n", "tmp/scratch.tmp": "junk"},
}


def write_tree(base, files):
    for rel, text in files.items():
        path = os.path.join(base, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


def listing(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for name in sorted(filenames):
            out.append(os.path.relpath(os.path.join(dirpath, name), top))
    return out


async def backup(name, delay):
    await asyncio.sleep(delay)
    src = os.path.join(ROOT, "work", name)
    dst = os.path.join(ROOT, "backup", name)
    copied = []

    def copy(s, d):
        copied.append(os.path.relpath(s, src))
        return shutil.copy(s, d)

    result = shutil.copytree(src, dst, ignore=shutil.ignore_patterns("build", "__pycache__", "*.tmp"),
                             copy_function=copy, dirs_exist_ok=True)
    return name, os.path.relpath(result, ROOT), sorted(copied)


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    for name, files in PROJECTS.items():
        write_tree(os.path.join(ROOT, "work", name), files)
    os.makedirs(os.path.join(ROOT, "backup", "alpha"))
    for name, where, copied in await asyncio.gather(backup("alpha", 0.002), backup("beta", 0.0)):
        print(name, where, copied)
    print(listing(os.path.join(ROOT, "backup")))

    manifest = os.path.join(ROOT, "MANIFEST")
    with open(manifest, "wb") as out:
        for rel in listing(os.path.join(ROOT, "backup")):
            with open(os.path.join(ROOT, "backup", rel), "rb") as f:
                out.write(rel.encode() + b": ")
                shutil.copyfileobj(f, out, length=2)
                out.write(b"\n")
    with open(manifest) as f:
        print(f.read(), end="")

    os.makedirs(os.path.join(ROOT, "archive"))
    moved = shutil.move(os.path.join(ROOT, "backup", "beta"), os.path.join(ROOT, "archive"))
    print("moved to", os.path.relpath(moved, ROOT), listing(os.path.join(ROOT, "archive")))
    print(shutil.move(os.path.join(ROOT, "MANIFEST"), os.path.join(ROOT, "archive", "MANIFEST.txt")) ==
          os.path.join(ROOT, "archive", "MANIFEST.txt"))

    errors = []
    shutil.rmtree(os.path.join(ROOT, "no-such-dir"), onerror=lambda f, p, e: errors.append(
        (f.__name__, os.path.relpath(p, ROOT), e[0].__name__)))
    print(errors)
    try:
        shutil.copytree(os.path.join(ROOT, "work", "alpha"), os.path.join(ROOT, "archive"))
    except FileExistsError as e:
        print("FileExistsError", e.errno, os.path.relpath(e.filename, ROOT))
    try:
        shutil.copy(os.path.join(ROOT, "nope.txt"), ROOT)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror, os.path.relpath(e.filename, ROOT))
    try:
        shutil.copyfile(manifest, manifest)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
    shutil.rmtree(ROOT)
    print(os.path.exists(ROOT))


asyncio.run(main())
