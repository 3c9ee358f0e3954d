# Generators feeding asyncio workers: a chunking generator, yield from delegation that returns
# summaries, and tasks pulling from one shared generator between awaits.
import asyncio


def chunks(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def numbered(prefix, n):
    for i in range(1, n + 1):
        yield f"{prefix}{i}"
    return n


def all_jobs():
    made = yield from numbered("img", 4)
    made += yield from numbered("doc", 3)
    yield f"summary:{made}"
    return made


async def worker(name, source, done):
    for batch in source:
        await asyncio.sleep(0)
        done.append((name, tuple(batch)))
        print(f"{name} took {batch}")


async def main():
    jobs = list(all_jobs())
    print(jobs)
    shared = chunks(jobs, 3)
    done = []
    await asyncio.gather(worker("A", shared, done), worker("B", shared, done))
    print(len(done), next(shared, "exhausted"))
    gen = all_jobs()
    collected = []
    while True:
        try:
            collected.append(next(gen))
        except StopIteration as stop:
            print("returned", stop.value, "after", len(collected))
            break
    evens = (j for j in jobs if j[-1] in "24")
    tasks = [asyncio.create_task(asyncio.sleep(0, result=j.upper())) for j in evens]
    print(await asyncio.gather(*tasks))
    lines = ("#" * n for n in range(1, 4))
    print(list(zip(lines, chunks("abcdefg", 2))), list(lines))


asyncio.run(main())
