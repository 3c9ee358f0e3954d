"""stat's mode helpers as an `ls -l` clone uses them: filemode, the S_IS* tests, S_IMODE and
S_IFMT, the permission bits, on files this script makes and on raw mode numbers."""
import os
import shutil
import stat

ROOT = "_scratch_stat_modes"
shutil.rmtree(ROOT, ignore_errors=True)
os.makedirs(os.path.join(ROOT, "dir"))
path = os.path.join(ROOT, "file.sh")
with open(path, "w") as f:
    f.write("#!/bin/sh\n")
os.chmod(path, 0o750)
os.symlink("file.sh", os.path.join(ROOT, "link"))
for name in ["dir", "file.sh", "link"]:
    st = os.lstat(os.path.join(ROOT, name))
    mode = st.st_mode
    print(f"{stat.filemode(mode)} {name:8} dir={stat.S_ISDIR(mode)} reg={stat.S_ISREG(mode)} "
          f"lnk={stat.S_ISLNK(mode)} perm={oct(stat.S_IMODE(mode)) if name != 'link' else '-'} fmt={oct(stat.S_IFMT(mode))}")
print(bool(os.stat(path).st_mode & stat.S_IXUSR), bool(os.stat(path).st_mode & stat.S_IWOTH))
for mode in [0o100644, 0o040755, 0o120777, 0o020666, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755, 0o041777, 0o7777]:
    print(oct(mode), stat.filemode(mode), stat.S_ISCHR(mode), stat.S_ISBLK(mode), stat.S_ISFIFO(mode), stat.S_ISSOCK(mode))
print(stat.S_IRWXU, stat.S_IRWXG, stat.S_IRWXO, stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX, stat.ST_MODE, stat.ST_SIZE)
shutil.rmtree(ROOT)
