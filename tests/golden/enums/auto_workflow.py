# Ticket workflow: auto() with a custom _generate_next_value_, enum members as dict keys and
# set members, identity vs equality, iteration order, and a worker queue in asyncio.
import asyncio
from enum import Enum, auto


class NamedAuto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower().replace("_", "-")


class Stage(NamedAuto):
    OPEN = auto()
    IN_PROGRESS = auto()
    REVIEW = auto()
    DONE = auto()

    def advance(self):
        members = list(Stage)
        i = members.index(self)
        return members[min(i + 1, len(members) - 1)]


class Size(Enum):
    SMALL = auto()
    MEDIUM = auto()
    LARGE = auto()


async def worker(name, queue, board):
    while True:
        ticket, size = await queue.get()
        stage = board[ticket]
        for _ in range(size.value):
            stage = stage.advance()
            await asyncio.sleep(0)
        board[ticket] = stage
        print(f"{name} moved {ticket} ({size.name.lower()}) to {stage.value}")
        queue.task_done()


async def main():
    print([s.value for s in Stage], [s.value for s in Size])
    board = {f"T{i}": Stage.OPEN for i in range(1, 6)}
    queue = asyncio.Queue()
    sizes = [Size.SMALL, Size.LARGE, Size.MEDIUM, Size.SMALL, Size.LARGE]
    for (ticket, _), size in zip(board.items(), sizes):
        queue.put_nowait((ticket, size))
    workers = [asyncio.create_task(worker(f"w{i}", queue, board)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(board)
    by_stage = {}
    for ticket, stage in board.items():
        by_stage.setdefault(stage, []).append(ticket)
    print({s.name: ts for s, ts in by_stage.items()})
    done = {s for s in board.values() if s is Stage.DONE}
    print(done, Stage("review"), Stage.DONE in done)
    print(Stage.OPEN.advance().advance() is Stage.REVIEW, Stage.DONE.advance())


asyncio.run(main())
