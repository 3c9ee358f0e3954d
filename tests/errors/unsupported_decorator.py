# expect: 5:1: 'decorator' is not supported by aiocc
import asyncio
from asyncio import sleep

@cache
def helper():
    pass
