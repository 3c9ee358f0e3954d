# expect: 5:11: 'asyncio.Condition' is not supported by aiocc
import asyncio

async def main():
    c = asyncio.Condition()
