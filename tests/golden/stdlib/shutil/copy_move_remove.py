"""shutil on a small project tree: copies with and without metadata, copytree with ignore
patterns, move, rmtree, which, and the errors scripts meet."""
import os
import shutil
import stat

ROOT = "_scratch_copy_move_remove"


def tree(top):
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                print("  ", os.path.relpath(path, top), len(f.read()))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


shutil.rmtree(ROOT, ignore_errors=True)
try:
    src = os.path.join(ROOT, "src")
    write(os.path.join(src, "main.py"), "print('hi')\n")
    write(os.path.join(src, "lib", "util.py"), "def f():\n    return 1\n")
    write(os.path.join(src, "lib", "cache.pyc"), "x" * 40)
    write(os.path.join(src, "build", "out.o"), "o" * 10)
    write(os.path.join(src, "notes.txt"), "remember\n")
    os.chmod(os.path.join(src, "main.py"), 0o755)

    print("copyfile returns", shutil.copyfile(os.path.join(src, "notes.txt"), os.path.join(ROOT, "notes.bak")))
    print("copy into a dir returns", shutil.copy(os.path.join(src, "main.py"), ROOT))
    mode = stat.S_IMODE(os.stat(os.path.join(ROOT, "main.py")).st_mode)
    print("mode kept by copy:", oct(mode))
    shutil.copy2(os.path.join(src, "notes.txt"), os.path.join(ROOT, "notes2.txt"))
    a, b = os.stat(os.path.join(src, "notes.txt")), os.stat(os.path.join(ROOT, "notes2.txt"))
    print("copy2 keeps mtime:", a.st_mtime_ns == b.st_mtime_ns)

    dst = shutil.copytree(src, os.path.join(ROOT, "dst"), ignore=shutil.ignore_patterns("*.pyc", "build"))
    print("copytree ->", os.path.relpath(dst, ROOT))
    tree(dst)
    try:
        shutil.copytree(src, dst)
    except FileExistsError as e:
        print("FileExistsError", e.errno, os.path.relpath(e.filename, ROOT))
    shutil.copytree(src, dst, dirs_exist_ok=True)
    print("after dirs_exist_ok:")
    tree(dst)

    moved = shutil.move(os.path.join(ROOT, "notes.bak"), os.path.join(dst, "lib"))
    print("move ->", os.path.relpath(moved, ROOT))
    moved = shutil.move(os.path.join(dst, "build"), os.path.join(ROOT, "build2"))
    print("move dir ->", os.path.relpath(moved, ROOT), sorted(os.listdir(moved)))
    try:
        shutil.copyfile(os.path.join(src, "notes.txt"), os.path.join(src, "notes.txt"))
    except shutil.SameFileError as e:
        print("SameFileError:", type(e).__mro__[1].__name__, str(e).count("are the same file"))
    try:
        shutil.copy(os.path.join(src, "missing.txt"), ROOT)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, os.path.relpath(e.filename, ROOT))
    try:
        shutil.rmtree(os.path.join(ROOT, "nope"))
    except FileNotFoundError as e:
        print("rmtree missing:", e.strerror)
    errors = []
    shutil.rmtree(os.path.join(ROOT, "nope"), onerror=lambda f, p, e: errors.append((f.__name__, e[0].__name__)))
    print("onerror got", errors)

    print("which sh:", shutil.which("sh") is not None, shutil.which("no-such-program-xyz"))
    size = shutil.get_terminal_size((91, 33))
    print("terminal size type:", type(size).__name__, len(size))
    shutil.rmtree(dst)
    print("left:", sorted(os.listdir(ROOT)))
finally:
    shutil.rmtree(ROOT, ignore_errors=True)
print("cleaned:", not os.path.exists(ROOT))
