# The version and platform checks scripts make before using newer features: sys.version_info
# compared with tuples, its fields and slices, sys.platform, byteorder and maxunicode.
import asyncio
import sys

vi = sys.version_info
print(vi >= (3, 8), vi < (4,), vi[:2] >= (3, 11), vi.major, vi.minor >= 11, len(vi), type(vi).__name__)
print(vi.releaselevel in ("alpha", "beta", "candidate", "final"), isinstance(vi.serial, int), tuple(vi)[:1])
print(sys.version.startswith("%d.%d.%d" % vi[:3]), sys.hexversion >> 24, (sys.hexversion >> 16) & 0xff)
print(sys.platform, sys.platform.startswith("linux"), sys.byteorder, sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
major, minor, *rest = sys.version_info
print(major, minor >= 11, len(rest), repr(vi).startswith("sys.version_info(major=3, minor="))


async def feature(name, needs):
    await asyncio.sleep(0)
    return name, sys.version_info >= needs


async def main():
    for name, ok in await asyncio.gather(feature("TaskGroup", (3, 11)), feature("match", (3, 10)),
                                          feature("future", (3, 99))):
        print(f"{name}: {'available' if ok else 'missing'}")


asyncio.run(main())
