# A realistic asyncio program: workers sleep for seeded, distinct random delays and report
# in completion order; a seeded RNG also drives a shuffled job queue.
import asyncio
import random

rng = random.Random(20240611)
names = [f"worker-{i}" for i in range(6)]
delays = {}
used = set()
for name in names:
    while True:
        d = round(rng.uniform(0.02, 0.4), 3)
        # keep the delays at least 40 ms apart so the completion order is stable
        if all(abs(d - u) >= 0.04 for u in used):
            break
    used.add(d)
    delays[name] = d
assert len(set(delays.values())) == len(delays)
print("delays:", delays)

jobs = list(range(1, 13))
rng.shuffle(jobs)
print("job order:", jobs)


async def worker(name, queue, done):
    handled = []
    while True:
        job = await queue.get()
        if job is None:
            queue.task_done()
            break
        handled.append(job)
        queue.task_done()
        await asyncio.sleep(0)
    await asyncio.sleep(delays[name])
    done.append(name)
    print(f"{name} finished after {delays[name]}s with {len(handled)} jobs")
    return name, handled


async def main():
    queue = asyncio.Queue()
    for j in jobs:
        queue.put_nowait(j)
    for _ in names:
        queue.put_nowait(None)
    done = []
    tasks = [asyncio.create_task(worker(n, queue, done)) for n in names]
    results = await asyncio.gather(*tasks)
    print("completion order:", done)
    print("expected order:  ", sorted(names, key=delays.get))
    total = sorted(j for _, handled in results for j in handled)
    print("all jobs handled:", total == list(range(1, 13)))
    for name, handled in results:
        print(name, handled)
    # a second round: seeded random retries with jitter
    r = random.Random(7)
    attempts = []
    for i in range(4):
        fail = r.random() < 0.5
        attempts.append((i, fail, r.randint(1, 3)))
    print("attempts:", attempts)


asyncio.run(main())
