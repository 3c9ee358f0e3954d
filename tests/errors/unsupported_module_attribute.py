# expect: 5:11: 'asyncio.Queue' is not supported by aiocc
import asyncio

async def main():
    q = asyncio.Queue()
