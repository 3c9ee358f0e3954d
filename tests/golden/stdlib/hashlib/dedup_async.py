# Deduplicating downloads by content hash, with tasks; digests as dictionary keys.
import asyncio
import hashlib

BLOBS = {
    "a.txt": b"alpha\n" * 100,
    "b.txt": b"beta\n" * 50,
    "copy-of-a.txt": b"alpha\n" * 100,
    "empty": b"",
    "c.bin": bytes(range(200)),
}


async def fetch(name, delay):
    await asyncio.sleep(delay)
    data = BLOBS[name]
    h = hashlib.sha256()
    for i in range(0, len(data), 64):
        h.update(data[i:i + 64])
    return name, h.hexdigest(), hashlib.md5(data).hexdigest()


async def main():
    results = await asyncio.gather(*(fetch(n, 0.001 * (5 - i)) for i, n in enumerate(BLOBS)))
    seen = {}
    for name, digest, md5 in results:
        if digest in seen:
            print(f"{name}: duplicate of {seen[digest]}")
        else:
            seen[digest] = name
            print(f"{name}: {digest[:16]} md5={md5[:8]}")
    tree = hashlib.sha1()
    for digest in sorted(seen):
        tree.update(bytes.fromhex(digest))
    print("tree", tree.hexdigest())


asyncio.run(main())
