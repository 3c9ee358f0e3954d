import asyncio


async def fetch(url, delay, fail=None):
    await asyncio.sleep(delay)
    if fail:
        raise fail
    return f"<{url}>"


async def crawl_site(site, pages):
    results = {}
    async with asyncio.TaskGroup() as tg:
        for i, (delay, fail) in enumerate(pages):
            results[i] = tg.create_task(fetch(f"{site}/{i}", delay, fail))
    return {i: t.result() for i, t in results.items()}


async def main():
    ok = await crawl_site("a.com", [(0.01, None), (0.02, None)])
    print(ok)
    try:
        await crawl_site("b.com", [(0.01, None), (0.02, ConnectionError("reset"))])
    except ExceptionGroup as eg:
        print("site b:", eg.message, [repr(e) for e in eg.exceptions])
    async with asyncio.TaskGroup() as outer:
        outer.create_task(crawl_site("c.com", [(0.01, TimeoutError("slow page"))]))
        outer.create_task(crawl_site("d.com", [(0.02, None)]))
        outer.create_task(fetch("e.com", 0.005))

asyncio.run(main())
