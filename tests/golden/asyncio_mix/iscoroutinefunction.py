import asyncio, functools
async def a(x): return x
def s(x): return x
class C:
    async def m(self): pass
    def n(self): pass
    @staticmethod
    async def st(): pass
    @classmethod
    async def cm(cls): pass
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
print(asyncio.iscoroutinefunction(a), asyncio.iscoroutinefunction(s))
print(asyncio.iscoroutinefunction(C().m), asyncio.iscoroutinefunction(C().n), asyncio.iscoroutinefunction(C.m))
print(asyncio.iscoroutinefunction(C.st), asyncio.iscoroutinefunction(C.cm))
print(asyncio.iscoroutinefunction(functools.partial(a, 1)), asyncio.iscoroutinefunction(functools.partial(functools.partial(a), 2)))
print(asyncio.iscoroutinefunction(deco(a)), asyncio.iscoroutinefunction(print), asyncio.iscoroutinefunction(3))
print(asyncio.iscoroutinefunction(lambda: 0), asyncio.iscoroutinefunction(C))
coro = a(1)
print(asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(coro))
coro.close()
