import asyncio

def describe(name, *tags, sep=", ", **attrs):
    parts = [f"{k}={v}" for k, v in attrs.items()]
    return f"{name} [{sep.join(tags)}] {' '.join(parts)}"

async def request(url, retries=1, **options):
    await asyncio.sleep(0)
    return url, retries, options

async def main():
    print(describe("box", "a", "b", color="red", size=3))
    opts = {"timeout": 5, "verify": False}
    print(await request("http://x", **opts))
    print(await request("http://y", retries=3, **{"trace": True}))
    print(describe(**{"name": "only"}))
    try:
        describe("x", **{"sep": "-"}, sep="+")
    except TypeError as e:
        print(e)

asyncio.run(main())
