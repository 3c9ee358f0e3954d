# A config loader decoding base64 secrets: the good ones decode, the truncated one raises
# binascii.Error uncaught.
import asyncio
import base64
import binascii

SECRETS = {"db": "cGFzc3dvcmQxMjM=", "api": "c2VjcmV0LWtleQ==", "broken": "c2VjcmV0LWtle"}


async def load(name):
    await asyncio.sleep(0)
    return name, base64.b64decode(SECRETS[name])


async def main():
    for name in ("db", "api"):
        print(await load(name))
    try:
        await load("broken")
    except binascii.Error as e:
        print("caught:", type(e).__name__, e, isinstance(e, ValueError))
    await load("broken")


asyncio.run(main())
