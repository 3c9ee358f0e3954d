import asyncio
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    CONNECTING = auto()
    CONNECTED = auto()
    CLOSED = auto()

    def __repr__(self):
        return f"<{self.name}>"


TRANSITIONS = {
    (State.IDLE, "connect"): State.CONNECTING,
    (State.CONNECTING, "ok"): State.CONNECTED,
    (State.CONNECTING, "fail"): State.IDLE,
    (State.CONNECTED, "close"): State.CLOSED,
    (State.IDLE, "close"): State.CLOSED,
}


class Conn:
    def __init__(self, name):
        self.name = name
        self.state = State.IDLE
        self.history = [self.state]

    def fire(self, event):
        try:
            self.state = TRANSITIONS[(self.state, event)]
        except KeyError:
            raise RuntimeError(f"{self.name}: no transition from {self.state.name} on {event!r}") from None
        self.history.append(self.state)

    async def run(self, script):
        for delay, event in script:
            await asyncio.sleep(delay)
            self.fire(event)
            match self.state:
                case State.CONNECTED:
                    print(f"{self.name} up")
                case State.CLOSED:
                    print(f"{self.name} closed")
                case State.IDLE | State.CONNECTING as s:
                    print(f"{self.name} now {s.name.lower()}")
        return self.history


async def main():
    a, b = Conn("a"), Conn("b")
    ha, hb = await asyncio.gather(
        a.run([(0.12, "connect"), (0.12, "fail"), (0.12, "connect"), (0.12, "ok"), (0.12, "close")]),
        b.run([(0.18, "connect"), (0.24, "ok"), (0.24, "close")]),  # 60 ms from any of a's events
    )
    print(ha)
    print(hb)
    print([s.value for s in State], State.IDLE < State.CLOSED if False else State.CLOSED.value > State.IDLE.value)
    c = Conn("c")
    c.fire("close")
    try:
        State.IDLE < State.CLOSED
    except TypeError as e:
        print("TypeError:", e)
    await c.run([(0.001, "connect")])

asyncio.run(main())
