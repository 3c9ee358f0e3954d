# expect: 4:12: 'subclassing built-in type type' is not supported by aiocc
import asyncio

class Meta(type):
    pass
