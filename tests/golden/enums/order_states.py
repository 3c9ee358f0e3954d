# An order workflow as a state machine over enums, driven by asyncio tasks.
import asyncio
from enum import Enum, IntEnum, auto


class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    def can_go_to(self, other):
        return other in TRANSITIONS[self]


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    URGENT = 10


TRANSITIONS = {
    State.NEW: {State.PAID, State.CANCELLED},
    State.PAID: {State.SHIPPED, State.CANCELLED},
    State.SHIPPED: {State.DELIVERED},
    State.DELIVERED: set(),
    State.CANCELLED: set(),
}


async def advance(order_id, steps, priority):
    state = State.NEW
    for step in steps:
        await asyncio.sleep(0)
        target = State[step]
        if state.can_go_to(target):
            print(f"order {order_id} [{priority.name}]: {state.name} -> {target.name}")
            state = target
        else:
            print(f"order {order_id}: cannot go from {state.name} to {target.name}")
    return order_id, state


async def main():
    jobs = [("PAID", "SHIPPED", "DELIVERED"), ("CANCELLED", "PAID"), ("PAID", "DELIVERED")]
    prios = [Priority.URGENT, Priority.LOW, Priority(5)]
    results = await asyncio.gather(*(advance(i, s, p) for i, (s, p) in enumerate(zip(jobs, prios))))
    for order_id, state in results:
        print(order_id, state, state.value, repr(state))
    print(sorted(prios), max(prios), Priority.URGENT > Priority.NORMAL, sum(prios))
    print([s.name for s in State if not TRANSITIONS[s]], len(State), State(2))


asyncio.run(main())
