# expect: 4:7: 'module object 'asyncio' used as a value' is not supported by aiocc
import asyncio

print(asyncio)
