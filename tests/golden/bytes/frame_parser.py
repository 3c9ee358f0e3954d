# A streaming parser for a line/length protocol that buffers partial input in a bytearray.
import asyncio


class FrameParser:
    def __init__(self):
        self.buf = bytearray()
        self.frames: list[bytes] = []

    def feed(self, chunk: bytes) -> None:
        self.buf += chunk
        while True:
            nl = self.buf.find(b"\r\n")
            if nl < 0:
                return
            header = bytes(self.buf[:nl])
            kind, _, size = header.partition(b" ")
            if not size.isdigit():
                raise ValueError(f"bad header {header!r}")
            n = int(size.decode("ascii"))
            if len(self.buf) < nl + 2 + n:
                return
            body = bytes(self.buf[nl + 2:nl + 2 + n])
            del self.buf[:nl + 2 + n]
            self.frames.append(kind.lower() + b":" + body)


async def produce(q: asyncio.Queue):
    stream = b"MSG 5\r\nhelloPING 0\r\nMSG 11\r\nhello world" + b"DATA 3\r\n\x00\x01\x02BAD x\r\n"
    for i in range(0, len(stream), 7):
        await q.put(stream[i:i + 7])
        await asyncio.sleep(0)
    await q.put(None)


async def consume(q: asyncio.Queue):
    p = FrameParser()
    while (chunk := await q.get()) is not None:
        try:
            p.feed(chunk)
        except ValueError as e:
            print("error:", e)
            break
        print(f"fed {chunk!r:<22} buffered={len(p.buf):2} frames={len(p.frames)}")
    for f in p.frames:
        print(f)
    print("left over:", p.buf, bool(p.buf))


async def main():
    q: asyncio.Queue = asyncio.Queue()
    await asyncio.gather(produce(q), consume(q))


asyncio.run(main())
