# expect: 6:1: 'except*' is not supported by aiocc
import asyncio

try:
    pass
except* ValueError:
    pass
