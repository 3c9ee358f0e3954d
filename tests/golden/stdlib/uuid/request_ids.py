# Request ids for concurrent handlers: uuid4 for uniqueness, uuid5 for stable ids of names.
import asyncio
import uuid

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "jobs.example.org")


async def handle(name, log):
    request_id = uuid.uuid4()
    stable = uuid.uuid5(NAMESPACE, name)
    await asyncio.sleep(0)
    log.append((name, request_id))
    return name, stable


async def main():
    log = []
    results = await asyncio.gather(*(handle(n, log) for n in ["build", "test", "deploy", "build"]))
    for name, stable in results:
        print(f"{name:7} {stable} {stable.version}")
    ids = [rid for _, rid in log]
    print(len(set(ids)) == len(ids), all(r.version == 4 for r in ids))
    index = {stable: name for name, stable in results}
    print(len(index), index[uuid.uuid5(NAMESPACE, "test")])
    print(sorted(index.values()))


asyncio.run(main())
