import asyncio
import sys
import time

def blocking(n):
    time.sleep(0.001 * n)
    return n

async def main():
    print("to stderr", 42, file=sys.stderr)
    sys.stdout.write("raw write\n")
    print(blocking(2))
    start = time.monotonic()
    await asyncio.sleep(0.01)
    print("elapsed ok:", time.monotonic() - start >= 0.009)
    print("done", file=sys.stdout)

asyncio.run(main())
