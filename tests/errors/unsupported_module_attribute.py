# expect: 5:11: 'asyncio.open_connection' is not supported by aiocc
import asyncio

async def main():
    c = asyncio.open_connection("localhost", 8080)
