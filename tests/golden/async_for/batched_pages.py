# Async iterator adapters: a batching wrapper around another async iterator, an async context
# manager that opens and closes a simulated connection, and async for inside async with.
import asyncio


class Connection:
    def __init__(self, name, rows):
        self.name = name
        self.rows = rows
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0)
        self.open = True
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        self.open = False
        print(f"close {self.name} ({exc_type.__name__ if exc_type else 'clean'})")
        return exc_type is KeyError

    def query(self):
        return RowStream(self)


class RowStream:
    def __init__(self, conn):
        self.conn = conn
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.conn.open:
            raise ConnectionError("connection closed")
        if self.i == len(self.conn.rows):
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.conn.rows[self.i - 1]


class Batched:
    def __init__(self, source, size):
        self.source = source
        self.size = size
        self.done = False

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.done:
            raise StopAsyncIteration
        batch = []
        try:
            while len(batch) < self.size:
                batch.append(await self.source.__anext__())
        except StopAsyncIteration:
            self.done = True
            if not batch:
                raise
        return batch


async def main():
    rows = [{"id": i, "qty": i * 3 % 7} for i in range(1, 8)]
    async with Connection("db1", rows) as conn:
        async for batch in Batched(conn.query(), 3):
            print([r["id"] for r in batch], sum(r["qty"] for r in batch))
    stream = None
    async with Connection("db2", rows[:2]) as conn:
        stream = conn.query()
        print("first", await stream.__anext__())
    try:
        async for row in stream:
            print("late", row)
    except ConnectionError as e:
        print("ConnectionError:", e)
    async with Connection("db3", rows) as conn:
        async for row in conn.query():
            if row["qty"] == 0:
                raise KeyError(row["id"])
    print("suppressed, open:", conn.open)
    async with Connection("db5", rows) as conn:
        print([b async for b in Batched(conn.query(), 4)])


asyncio.run(main())
