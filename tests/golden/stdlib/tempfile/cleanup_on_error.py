"""A conversion task that fails inside a TemporaryDirectory and a NamedTemporaryFile: both are
removed on the way out, and the error reaches the top uncaught."""
import asyncio
import os
import tempfile

seen = []


async def convert(record):
    await asyncio.sleep(0)
    return int(record)


async def main():
    with tempfile.TemporaryDirectory() as workdir:
        seen.append(workdir)
        with tempfile.NamedTemporaryFile("w+", dir=workdir, suffix=".txt") as out:
            seen.append(out.name)
            for record in ["1", "2", "three"]:
                value = await convert(record)
                out.write(f"{value}\n")
                print("wrote", value)


try:
    asyncio.run(main())
finally:
    print("left behind:", [os.path.exists(p) for p in seen])
