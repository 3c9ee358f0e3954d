# expect: 3:6: 'memoryview' is not supported by aiocc
import asyncio
with memoryview(b"x") as view:
    pass
