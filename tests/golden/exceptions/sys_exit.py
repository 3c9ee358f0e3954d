import asyncio
import sys

async def main():
    print("exiting with 4")
    sys.exit(4)

asyncio.run(main())
print("not reached")
