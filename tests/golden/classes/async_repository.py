# Async repository of dataclass records with ordering, __contains__ and __iter__, guarded by an Event.
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True, frozen=True)
class Record:
    priority: int
    name: str = field(compare=False)
    tags: tuple = field(default=(), compare=False, repr=False)


class Repo:
    def __init__(self):
        self._items: dict = {}
        self.ready = asyncio.Event()

    async def load(self, rows):
        for pr, name in rows:
            await asyncio.sleep(0)
            self._items[name] = Record(pr, name, (name[0],))
            print("loaded", name)
        self.ready.set()

    def __contains__(self, name):
        return name in self._items

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __len__(self):
        return len(self._items)

    def __getitem__(self, name):
        return self._items[name]


async def reader(repo: Repo, tag: str) -> None:
    print(tag, "waiting", len(repo))
    await repo.ready.wait()
    print(tag, "sees", len(repo), "gamma" in repo, "zeta" in repo)
    print(tag, [r.name for r in repo], min(repo), max(repo).name)


async def main() -> None:
    repo = Repo()
    await asyncio.gather(reader(repo, "r1"), repo.load([(3, "gamma"), (1, "alpha"), (2, "beta"), (1, "omega")]),
                         reader(repo, "r2"))
    print(repo["beta"], repo["beta"].tags, Record(1, "x") == Record(1, "y"), Record(1, "x") < Record(2, "a"))
    print(sorted(repo, reverse=True), hash(Record(5, "a")) == hash(Record(5, "b")))
    try:
        repo["beta"].priority = 9
    except Exception as e:
        print(type(e).__name__, e)
    try:
        repo["nope"]
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
