# expect: 8:25: 'asyncio.run(debug=True) (asyncio's debug mode)' is not supported by aiocc
import asyncio

async def main():
    await asyncio.sleep(0)
    print("done")

asyncio.run(main(), debug=True)
