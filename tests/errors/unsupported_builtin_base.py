# expect: 4:15: 'subclassing built-in type staticmethod' is not supported by aiocc
import asyncio

class Cached(staticmethod):
    pass
