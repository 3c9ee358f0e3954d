import asyncio

def log(*parts, sep=" | ", end="."):
    print(sep.join(str(p) for p in parts) + end)

def head(a, b=2, *rest):
    return (a, b, rest)

async def fan_out(label, *delays):
    results = await asyncio.gather(*(asyncio.sleep(d, result=d) for d in delays))
    log(label, *results, sep=", ")
    return len(delays)

async def main():
    log("a", 1, 2.5)
    log("x", sep="/", end="!")
    print(head(1), head(1, 3, 4, 5))
    print(await fan_out("waits", 0.002, 0.001, 0))
    try:
        log(sepp=1)
    except TypeError as e:
        print(e)
    def needs_kw(a, *rest, flag):
        return (a, rest, flag)
    print(needs_kw(1, 2, flag=True))
    try:
        needs_kw(1)
    except TypeError as e:
        print(e)

asyncio.run(main())
