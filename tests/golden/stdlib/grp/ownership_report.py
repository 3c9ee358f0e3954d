"""An ownership report as `ls -l` makes it: each file's owner and group names from pwd and
grp (compared with the process's own ids, never printed), pathlib's owner() and group(), and
membership lists."""
import asyncio
import grp
import os
import pathlib
import pwd
import shutil

ROOT = pathlib.Path("_scratch_ownership_report")


async def describe(path):
    await asyncio.sleep(0)
    st = path.stat()
    user = pwd.getpwuid(st.st_uid).pw_name
    group = grp.getgrgid(st.st_gid).gr_name
    return (path.name, user == pwd.getpwuid(os.getuid()).pw_name, group == grp.getgrgid(os.getgid()).gr_name,
            path.owner() == user, path.group() == group)


async def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    ROOT.mkdir()
    for name in ["a.txt", "b.log"]:
        (ROOT / name).write_text(name)
    (ROOT / "sub").mkdir()
    for row in await asyncio.gather(*(describe(p) for p in sorted(ROOT.iterdir()))):
        print(row)
    mine = grp.getgrgid(os.getgid())
    print(type(mine.gr_mem).__name__, all(isinstance(m, str) for m in mine.gr_mem))
    by_name = {g.gr_name: g.gr_gid for g in grp.getgrall()}
    print(by_name[mine.gr_name] == mine.gr_gid, grp.getgrnam(mine.gr_name) == mine)
    shutil.rmtree(ROOT)


asyncio.run(main())
