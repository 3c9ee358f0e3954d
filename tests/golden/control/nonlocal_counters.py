import asyncio

def counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump

c = counter()
print(c(), c(), c(10))

async def main():
    done = 0
    total = 0
    async def work(n):
        nonlocal done, total
        await asyncio.sleep(0)
        done += 1
        total += n
    await asyncio.gather(*(work(i) for i in range(5)))
    print(done, total)

asyncio.run(main())
