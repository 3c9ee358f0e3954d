# expect: 3:1: 'with' is not supported by aiocc
import asyncio
with open("x") as f:
    pass
