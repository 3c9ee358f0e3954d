"""Chat rooms with per-subscriber queues, a start Event, a Lock for the history,
BoundedSemaphore for seats, and a background task whose exception is never retrieved."""
import asyncio


class Room:
    def __init__(self, name, seats):
        self.name = name
        self.subscribers = {}
        self.history = []
        self.lock = asyncio.Lock()
        self.seats = asyncio.BoundedSemaphore(seats)
        self.open = asyncio.Event()

    async def join(self, user):
        if self.seats.locked():
            print(f"[{self.name}] {user} waits for a seat")
        await self.seats.acquire()
        q = asyncio.Queue()
        self.subscribers[user] = q
        print(f"[{self.name}] {user} joined ({len(self.subscribers)} present)")
        return q

    def leave(self, user):
        self.subscribers.pop(user)
        self.seats.release()
        print(f"[{self.name}] {user} left")

    async def publish(self, user, text):
        await self.open.wait()
        async with self.lock:
            seq = len(self.history) + 1
            await asyncio.sleep(0)
            self.history.append((seq, user, text))
        for name, q in self.subscribers.items():
            if name != user:
                q.put_nowait((seq, user, text))


async def member(room, user, say, listen_for, delay):
    q = await room.join(user)
    try:
        await asyncio.sleep(delay)
        for text in say:
            await room.publish(user, text)
        got = []
        while len(got) < listen_for:
            seq, who, text = await asyncio.wait_for(q.get(), timeout=0.3)
            got.append(f"{seq}:{who}")
        print(f"[{room.name}] {user} read {got}")
        return len(got)
    except TimeoutError:
        print(f"[{room.name}] {user} gave up waiting")
        return -1
    finally:
        room.leave(user)


async def moderator(room):
    await asyncio.sleep(0.05)
    print(f"[{room.name}] moderator opens the room; current task = {asyncio.current_task().get_name()}")
    room.open.set()
    await asyncio.sleep(0.1)
    raise RuntimeError(f"moderator of {room.name} crashed")


async def main():
    room = Room("lobby", seats=2)
    mod = asyncio.create_task(moderator(room), name="moderator")
    members = [
        asyncio.create_task(member(room, "ann", ["hi all", "anyone?"], 1, 0.01), name="m-ann"),
        asyncio.create_task(member(room, "bob", ["hey ann"], 2, 0.02), name="m-bob"),
        asyncio.create_task(member(room, "cy", ["late!"], 0, 0.0), name="m-cy"),
    ]
    await asyncio.sleep(0)
    print("tasks alive:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print("room open?", room.open.is_set())
    results = await asyncio.gather(*members)
    print("results:", results)
    print("history:", room.history)
    try:
        room.seats.release()
    except ValueError as e:
        print("ValueError:", e)
    await asyncio.sleep(0.15)
    print("moderator done:", mod.done(), "exception:", repr(mod.exception()) if mod.done() else None)

    orphan = asyncio.create_task(moderator(Room("attic", 1)), name="orphan")
    await asyncio.sleep(0.2)
    print("orphan finished:", orphan.done())
    del orphan
    lock = asyncio.Lock()
    order = []

    async def locked_worker(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0.01 * (3 - n))
    await asyncio.gather(*(locked_worker(n) for n in range(3)))
    print("lock order:", order, "locked now:", lock.locked())


asyncio.run(main())
print("main returned")
