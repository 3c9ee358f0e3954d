"""Parsing length-prefixed packets that arrive in chunks: a reader task reassembles
frames from a queue, but the last chunk is cut short and the parser calls unpack on too
few bytes. The struct.error propagates out of the task and asyncio.run; exit status 1."""
import asyncio
import struct

FRAME = struct.Struct(">HB")    # payload length, kind
POINT = struct.Struct(">ii")


def parse(kind, payload):
    if kind == 1:
        return "text", payload.decode()
    if kind == 2:
        return "point", POINT.unpack(payload)
    return "raw", payload.hex()


async def network(queue):
    frames = [FRAME.pack(5, 1) + b"hello", FRAME.pack(8, 2) + POINT.pack(-3, 40),
              FRAME.pack(3, 9) + b"\x01\x02\x03"]
    stream = b"".join(frames) + FRAME.pack(8, 2) + POINT.pack(7, 7)[:5]
    for i in range(0, len(stream), 7):
        await asyncio.sleep(0.001)
        await queue.put(stream[i:i + 7])
    await queue.put(None)


async def reader(queue):
    buf = bytearray()
    closing = False
    while True:
        while len(buf) >= FRAME.size:
            length, kind = FRAME.unpack_from(buf)
            if len(buf) < FRAME.size + length and not closing:
                break
            payload = bytes(buf[FRAME.size:FRAME.size + length])
            del buf[:FRAME.size + length]
            print("frame:", *parse(kind, payload))
        if closing:
            return
        chunk = await queue.get()
        if chunk is None:
            print("stream closed with", len(buf), "bytes pending")
            closing = True
        else:
            buf += chunk


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(network(queue), reader(queue))
    print("never printed")


asyncio.run(main())
