import asyncio

class ServiceError(Exception):
    def __init__(self, code, msg="bad"):
        super().__init__(f"{msg} ({code})")
        self.code = code

class Timeout(ServiceError):
    def __str__(self):
        return "timeout with code %d" % self.code

class Plain(Exception):
    pass

async def call(n):
    await asyncio.sleep(0)
    if n == 1:
        raise ServiceError(500)
    if n == 2:
        raise Timeout(504, msg="slow")
    raise Plain("plain", n)

async def main():
    for n in (1, 2, 3):
        try:
            await call(n)
        except ServiceError as e:
            print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
        except Plain as e:
            print("plain:", e, repr(e))
    await call(2)

asyncio.run(main())
