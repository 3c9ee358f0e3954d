# An asyncio echo exchange over in-memory queues: messages are encoded to bytes, framed with a
# length prefix, and decoded on the other side.
import asyncio


def frame(text: str) -> bytes:
    payload = text.encode("utf-8")
    return bytes([len(payload) >> 8, len(payload) & 0xFF]) + payload


async def client(out: asyncio.Queue, inbox: asyncio.Queue, messages: list[str]):
    for m in messages:
        await out.put(frame(m))
        reply = await inbox.get()
        print(f"client got {reply!r} -> {reply.decode()}")
    await out.put(b"")


async def server(inbox: asyncio.Queue, out: asyncio.Queue):
    handled = 0
    while True:
        data = await inbox.get()
        if not data:
            break
        size = data[0] << 8 | data[1]
        body = data[2:2 + size]
        assert len(body) == size
        text = body.decode("utf-8")
        handled += 1
        print(f"server {handled}: {size} bytes, {text!r}")
        await out.put(b"ECHO " + text.upper().encode())
    return handled


async def main():
    to_server: asyncio.Queue = asyncio.Queue()
    to_client: asyncio.Queue = asyncio.Queue()
    n, _ = await asyncio.gather(server(to_server, to_client),
                                client(to_server, to_client, ["hello", "grüße", "日本", ""]))
    print("handled", n)


asyncio.run(main())
