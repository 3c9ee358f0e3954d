import asyncio

# Inside a lambda — SyntaxError
f = lambda: await asyncio.sleep(1)
