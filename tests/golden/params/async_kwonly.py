# Keyword-only and positional-only parameters on coroutines run as tasks.
import asyncio


async def download(url, /, *, retries=2, fail_times=0, log):
    for attempt in range(1, retries + 1):
        await asyncio.sleep(0)
        if attempt <= fail_times:
            log.append(f"{url} attempt {attempt} failed")
            continue
        log.append(f"{url} ok on attempt {attempt}")
        return len(url) * attempt
    log.append(f"{url} gave up")
    return None


async def batch(*urls, concurrency=2, **options):
    results = []
    for i in range(0, len(urls), concurrency):
        group = urls[i:i + concurrency]
        results += await asyncio.gather(*(download(u, **options) for u in group))
    return results


async def main():
    log = []
    r = await batch("a.com", "bb.org", "ccc.net", log=log)
    print(r)
    r = await batch("x.io", "y.io", concurrency=3, fail_times=1, log=log)
    print(r)
    r = await batch("z.io", fail_times=5, retries=3, log=log)
    print(r)
    for line in log:
        print(line)
    try:
        await download("u", log=log, retry=1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await download(url="u", log=log)
    except TypeError as e:
        print("TypeError:", e)
    t = asyncio.create_task(download("task.dev", log=log, retries=1))
    print(await t, log[-1])


asyncio.run(main())
