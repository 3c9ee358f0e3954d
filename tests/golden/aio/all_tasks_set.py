import asyncio


async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    tasks = [asyncio.create_task(worker(n), name=f"w{n}") for n in range(3)]
    everything = asyncio.all_tasks()
    print(type(everything).__name__, len(everything), asyncio.current_task() in everything)
    print(sorted(t.get_name() for t in everything))
    print(all(t in everything for t in tasks))
    await asyncio.gather(*tasks)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
