# Async producer/consumer reassembling length-prefixed frames from bytes chunks.
import asyncio


def frame(payload: bytes) -> bytes:
    return len(payload).to_bytes(2, "big") + payload


async def producer(q: asyncio.Queue) -> None:
    stream = frame(b"alpha") + frame(b"") + frame("ünï".encode()) + frame(bytes(range(5)))
    for i in range(0, len(stream), 4):
        chunk = stream[i:i + 4]
        print("send", chunk)
        await q.put(chunk)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q: asyncio.Queue) -> list:
    buf = bytearray()
    frames = []
    while True:
        chunk = await q.get()
        if chunk is None:
            break
        buf += chunk
        while len(buf) >= 2:
            n = int.from_bytes(buf[:2], "big")
            if len(buf) < 2 + n:
                break
            payload = bytes(buf[2:2 + n])
            del buf[:2 + n]
            print("frame", n, payload, "left", len(buf))
            frames.append(payload)
    return frames


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue(maxsize=2)
    _, frames = await asyncio.gather(producer(q), consumer(q))
    print(frames)
    print([f.decode("utf-8", "replace") for f in frames])
    print(b"|".join(frames).hex("."))


asyncio.run(main())
