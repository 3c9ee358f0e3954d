# An async batch job: tasks parse key=value records and one asks a Match for a group that the
# pattern does not define; the IndexError escapes from asyncio.run with the task's frames.
import asyncio
import re

RECORD = re.compile(r"(?P<key>[a-z_]+)=(?P<value>\S*)")


async def parse(line):
    await asyncio.sleep(0)
    fields = {}
    for m in RECORD.finditer(line):
        fields[m["key"]] = m.group("value")
    return fields


async def unit_of(line):
    await asyncio.sleep(0)
    m = RECORD.search(line)
    print("found", m, m.lastgroup, m.span("value"))
    return m.group("unit")


async def main():
    print(await asyncio.gather(parse("a=1 b= c_d=xyz"), parse("nothing here"), parse("é=1 x=é")))
    print(await unit_of("speed=12kmh"))


asyncio.run(main())
