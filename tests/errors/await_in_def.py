import asyncio

# Inside a regular function — SyntaxError
def blocking():
    await asyncio.sleep(1)
