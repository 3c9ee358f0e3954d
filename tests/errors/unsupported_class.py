# expect: 4:1: 'class' is not supported by aiocc
import asyncio

class Counter:
    pass
