import asyncio

# Module level — SyntaxError
await asyncio.sleep(1)
