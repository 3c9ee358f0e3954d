"""shutil.which over a private search path (mode checks, names with a directory part), the
copy functions' return values and permissions (copymode, copystat, copy2), and an uncaught
SameFileError from copying a file onto itself."""
import os
import shutil
import stat

ROOT = "_scratch_which_same_file"
shutil.rmtree(ROOT, ignore_errors=True)
bin_a, bin_b = os.path.join(ROOT, "a"), os.path.join(ROOT, "b")
os.makedirs(bin_a)
os.makedirs(bin_b)
for d, name, mode in [(bin_a, "tool", 0o644), (bin_b, "tool", 0o755), (bin_b, "helper", 0o700)]:
    path = os.path.join(d, name)
    with open(path, "w") as f:
        f.write("#!/bin/sh\necho " + name + "\n")
    os.chmod(path, mode)
search = os.pathsep.join([bin_a, bin_b])
print(os.path.relpath(shutil.which("tool", path=search), ROOT))
print(shutil.which("tool", mode=os.F_OK, path=search) == os.path.join(bin_a, "tool"))
print(os.path.relpath(shutil.which("helper", path=search), ROOT), shutil.which("missing", path=search))
print(shutil.which(os.path.join(bin_b, "tool")) == os.path.join(bin_b, "tool"), shutil.which("tool", path=""))

src = os.path.join(bin_b, "tool")
dst = os.path.join(ROOT, "copy")
print(shutil.copyfile(src, dst) == dst, oct(stat.S_IMODE(os.stat(dst).st_mode) & 0o111))
shutil.copymode(src, dst)
print(oct(stat.S_IMODE(os.stat(dst).st_mode)))
os.utime(src, (1_000_000_000, 1_000_000_000))
print(shutil.copy2(src, os.path.join(ROOT, "copy2")) == os.path.join(ROOT, "copy2"),
      int(os.stat(os.path.join(ROOT, "copy2")).st_mtime))
shutil.copystat(src, dst)
print(int(os.stat(dst).st_mtime), oct(stat.S_IMODE(os.stat(dst).st_mode)))
print(issubclass(shutil.SameFileError, OSError), shutil.Error.__mro__[1].__name__)
try:
    shutil.copyfile(src, src)
finally:
    shutil.rmtree(ROOT)
