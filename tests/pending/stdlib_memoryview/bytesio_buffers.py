"""io.BytesIO as an in-memory binary stream: a tiny length-prefixed message protocol written
by producer tasks and parsed back, getvalue/getbuffer, seek/tell, readline, iteration,
truncate and wrapping a BytesIO in a TextIOWrapper."""
import asyncio
import io


def encode_msg(kind, payload):
    body = payload.encode("utf-8")
    return bytes([kind]) + len(body).to_bytes(2, "big") + body


def decode_stream(stream):
    msgs = []
    while header := stream.read(3):
        kind, size = header[0], int.from_bytes(header[1:], "big")
        msgs.append((kind, stream.read(size).decode("utf-8")))
    return msgs


async def producer(stream, kind, words):
    for w in words:
        stream.write(encode_msg(kind, w))
        await asyncio.sleep(0)


async def main():
    b = io.BytesIO()
    print("empty:", b.getvalue(), b.tell())
    print("write returns:", b.write(b"abc"), b.write(bytearray(b"def")), b.write(memoryview(b"gh")))
    print("value:", b.getvalue(), "tell:", b.tell(), "read at end:", b.read())
    b.seek(2)
    print("read(3) from 2:", b.read(3), "tell:", b.tell())
    print("seek from end:", b.seek(-2, io.SEEK_END), b.read())
    print("seek cur:", b.seek(-4, io.SEEK_CUR), b.read(1))
    stream = io.BytesIO()
    await asyncio.gather(producer(stream, 1, ["hello", "wörld"]), producer(stream, 2, ["ping"]))
    raw = stream.getvalue()
    print("stream bytes:", len(raw), raw[:11])
    stream.seek(0)
    print("decoded:", decode_stream(stream))
    lines = io.BytesIO(b"first\nsecond\r\nthird")
    print("readline:", lines.readline(), "iter rest:", list(lines))
    lines.seek(0)
    print("readlines:", lines.readlines())
    init = io.BytesIO(b"0123456789")
    print("initial pos:", init.tell(), "read(4):", init.read(4))
    init.seek(0)
    init.write(b"AB")
    print("overwrite:", init.getvalue())
    print("truncate(6):", init.truncate(6), init.getvalue(), "pos:", init.tell())
    init.seek(10)
    init.write(b"Z")
    print("write past end pads:", init.getvalue())
    buf = bytearray(4)
    init.seek(0)
    print("readinto:", init.readinto(buf), buf)
    view = init.getbuffer()
    print("getbuffer:", type(view).__name__, len(view), bytes(view[:3]))
    try:
        init.write(b"x")
    except BufferError as e:
        print("BufferError while exported:", e)
    view.release()
    print("write after release:", init.write(b"x"))
    text = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n")
    text.write("café\nnaïve\n")
    text.flush()
    print("wrapped bytes:", text.buffer.getvalue())
    text.seek(0)
    print("wrapped lines:", text.readlines())
    reader = io.TextIOWrapper(io.BytesIO("Ünïcode\r\nline2\r\n".encode("latin-1")), encoding="latin-1")
    print("latin-1 reader:", [line for line in reader], repr(reader.newlines))
    with io.BytesIO(b"ctx") as m:
        print("with:", m.read(), m.closed)
    print("closed after with:", m.closed)
    print("flags:", b.readable(), b.writable(), b.seekable(), type(b).__name__)
    b.seek(0)
    print("read1:", b.read1(2), b.read1(), b.read1())


asyncio.run(main())
