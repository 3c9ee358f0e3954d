# expect: 4:13: 'subclassing built-in type list' is not supported by aiocc
import asyncio

class Stack(list):
    def top(self):
        return self[-1]
