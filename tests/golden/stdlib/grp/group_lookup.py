"""grp as a tool reporting file ownership would use it: the group of this process and of
root, looked up by id and by name, entries as struct sequences, and the KeyError/TypeError/
OverflowError texts for what is not there."""
import asyncio
import grp
import os


async def describe(gid):
    await asyncio.sleep(0)
    entry = grp.getgrgid(gid)
    return entry.gr_gid == gid, type(entry.gr_name).__name__, type(entry.gr_mem).__name__


async def main():
    root = grp.getgrgid(0)
    print(root.gr_name, root.gr_gid, type(root).__name__, len(root), root[0] == root.gr_name)
    print(grp.getgrnam(root.gr_name) == root, grp.getgrnam("root").gr_gid)
    print(repr(grp.struct_group), grp.struct_group.n_fields, grp.struct_group.n_sequence_fields)
    name, passwd, gid, members = root
    print(name, type(passwd).__name__, gid, type(members).__name__)
    print(await asyncio.gather(describe(os.getgid()), describe(0)))
    everyone = grp.getgrall()
    print(type(everyone).__name__, any(g.gr_gid == 0 for g in everyone),
          all(isinstance(g, grp.struct_group) for g in everyone))
    for call, arg in [(grp.getgrgid, 4000000000), (grp.getgrgid, -5), (grp.getgrgid, 2 ** 40),
                      (grp.getgrgid, -1), (grp.getgrgid, 2 ** 63), (grp.getgrgid, -2 ** 70),
                      (grp.getgrgid, "0"), (grp.getgrnam, "no-such-group-xyz"), (grp.getgrnam, 0)]:
        try:
            call(arg)
        except (KeyError, TypeError, OverflowError) as e:
            print(type(e).__name__, e)
    try:
        root.gr_name = "x"
    except AttributeError as e:
        print("AttributeError", e)
    print(grp.struct_group(("staff", "x", 50, ["ann", "bob"])))


asyncio.run(main())
