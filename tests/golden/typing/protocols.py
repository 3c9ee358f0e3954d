# Protocol classes used structurally: notifiers and sized shapes that never inherit the protocol.
import asyncio
from typing import Protocol, runtime_checkable, Iterable


@runtime_checkable
class Notifier(Protocol):
    name: str

    async def send(self, message: str) -> bool:
        ...


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float:
        ...


class EmailNotifier:
    def __init__(self, address: str) -> None:
        self.name = f"email:{address}"
        self.outbox: list[str] = []

    async def send(self, message: str) -> bool:
        await asyncio.sleep(0)
        self.outbox.append(message)
        return True


class FlakyNotifier:
    def __init__(self) -> None:
        self.name = "sms"
        self.calls = 0

    async def send(self, message: str) -> bool:
        self.calls += 1
        return self.calls % 2 == 0


class Square:
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Triangle:
    def __init__(self, base: float, height: float) -> None:
        self.base, self.height = base, height

    def area(self) -> float:
        return self.base * self.height / 2


def total_area(shapes: Iterable[HasArea]) -> float:
    return sum(s.area() for s in shapes)


async def broadcast(notifiers: list[Notifier], message: str) -> dict[str, bool]:
    results = await asyncio.gather(*(n.send(message) for n in notifiers))
    return {n.name: ok for n, ok in zip(notifiers, results)}


async def main() -> None:
    email, sms = EmailNotifier("ops@x"), FlakyNotifier()
    for msg in ["disk full", "cpu hot", "all clear"]:
        print(msg, await broadcast([email, sms], msg))
    print(email.outbox, sms.calls)
    shapes = [Square(3), Triangle(4, 5), Square(1.5)]
    print(total_area(shapes))
    for obj in [Square(2), email, "text", 42]:
        print(type(obj).__name__, isinstance(obj, HasArea), isinstance(obj, Notifier))
    try:
        HasArea()
    except TypeError as e:
        print("TypeError:", e)
    print(HasArea.__name__, Notifier.__name__)


asyncio.run(main())
