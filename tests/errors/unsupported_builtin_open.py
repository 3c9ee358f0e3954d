# expect: 3:6: 'open' is not supported by aiocc
import asyncio
with open("x") as f:
    pass
