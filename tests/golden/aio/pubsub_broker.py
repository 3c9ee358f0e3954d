"""In-process pub/sub broker: per-subscriber queues, topic filters, backpressure and graceful shutdown."""
import asyncio
from dataclasses import dataclass, field
from typing import Protocol, TypedDict, Callable, Awaitable, Optional
from functools import partial


class Message(TypedDict):
    topic: str
    seq: int
    body: str


class Handler(Protocol):
    def __call__(self, msg: Message) -> Awaitable[None]: ...


@dataclass
class Subscription:
    name: str
    pattern: str
    queue: "asyncio.Queue[Optional[Message]]"
    received: list[int] = field(default_factory=list)
    dropped: int = 0

    def matches(self, topic: str) -> bool:
        if self.pattern.endswith(".*"):
            return topic.startswith(self.pattern[:-1])
        return topic == self.pattern or self.pattern == "*"


class Broker:
    def __init__(self) -> None:
        self.subs: list[Subscription] = []
        self.seq = 0
        self.closed = asyncio.Event()
        self.tasks: list[asyncio.Task] = []

    def subscribe(self, name: str, pattern: str, handler: Handler, maxsize: int = 0) -> Subscription:
        sub = Subscription(name, pattern, asyncio.Queue(maxsize))
        self.subs.append(sub)
        task = asyncio.create_task(self._pump(sub, handler), name=f"pump-{name}")
        task.add_done_callback(partial(self._finished, sub))
        self.tasks.append(task)
        return sub

    def _finished(self, sub: Subscription, task: asyncio.Task) -> None:
        state = "cancelled" if task.cancelled() else f"error {task.exception()!r}" if task.exception() else "done"
        print(f"  [{task.get_name()}] {state}; got {len(sub.received)}, dropped {sub.dropped}")

    async def _pump(self, sub: Subscription, handler: Handler) -> None:
        while (msg := await sub.queue.get()) is not None:
            sub.received.append(msg["seq"])
            await handler(msg)

    def publish(self, topic: str, body: str) -> int:
        if self.closed.is_set():
            raise RuntimeError("broker is closed")
        self.seq += 1
        msg: Message = {"topic": topic, "seq": self.seq, "body": body}
        delivered = 0
        for sub in self.subs:
            if sub.matches(topic):
                try:
                    sub.queue.put_nowait(msg)
                    delivered += 1
                except asyncio.QueueFull:
                    sub.dropped += 1
        return delivered

    async def close(self, timeout: float) -> None:
        self.closed.set()
        for sub in self.subs:
            while sub.queue.full():
                sub.queue.get_nowait()
                sub.dropped += 1
            sub.queue.put_nowait(None)
        done, pending = await asyncio.wait(self.tasks, timeout=timeout)
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        print(f"  closed: {len(done)} finished, {len(pending)} cancelled")


def make_handler(label: str, delay: float, fail_on: str = "") -> Handler:
    async def handle(msg: Message) -> None:
        await asyncio.sleep(delay)
        if fail_on and fail_on in msg["body"]:
            raise ValueError(f"{label} cannot handle {msg['body']!r}")
        print(f"{label:>8} <- #{msg['seq']} {msg['topic']}: {msg['body']}")
    return handle


async def main() -> None:
    broker = Broker()
    broker.subscribe("audit", "*", make_handler("audit", 0))
    orders = broker.subscribe("orders", "orders.*", make_handler("orders", 0.015))
    broker.subscribe("email", "orders.paid", make_handler("email", 0.44), maxsize=1)
    broker.subscribe("fragile", "users.*", make_handler("fragile", 0.01, fail_on="bot"))
    plan = [("orders.new", "cart 17"), ("users.signup", "ann"), ("orders.paid", "cart 17"),
            ("orders.paid", "cart 18"), ("orders.paid", "cart 19"), ("users.signup", "bot-3000"),
            ("metrics", "cpu=93%"), ("users.signup", "ben")]
    for topic, body in plan:
        n = broker.publish(topic, body)
        print(f"publish {topic:<13} {body!r:<12} -> {n} subscriber(s)")
        await asyncio.sleep(0.16)
    await asyncio.sleep(0.16)
    print("orders queue size:", orders.queue.qsize(), "received so far:", orders.received)
    await broker.close(timeout=0.2)
    try:
        broker.publish("orders.new", "late")
    except RuntimeError as e:
        print("RuntimeError:", e)
    print({s.name: (s.received, s.dropped) for s in broker.subs})


asyncio.run(main())
