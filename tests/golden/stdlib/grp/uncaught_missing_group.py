"""A permissions check that looks up a configured group which does not exist: the KeyError
goes uncaught out of a task."""
import asyncio
import grp

REQUIRED = ["root", "aiocc-no-such-group"]


async def check(name):
    await asyncio.sleep(0.001)
    entry = grp.getgrnam(name)
    print("found", entry.gr_name, entry.gr_gid)
    return entry.gr_gid


async def main():
    for name in REQUIRED:
        await check(name)


asyncio.run(main())
