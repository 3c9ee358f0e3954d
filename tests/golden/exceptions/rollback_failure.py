import asyncio


class Transaction:
    def __init__(self, name, broken_rollback=False):
        self.name = name
        self.broken = broken_rollback
        self.ops = []

    def __enter__(self):
        print(f"begin {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"commit {self.name}: {self.ops}")
            return False
        print(f"rollback {self.name} after {exc_type.__name__}: {exc}")
        if self.broken:
            raise RuntimeError(f"rollback of {self.name} failed")
        return False

    async def __aenter__(self):
        return self.__enter__()

    async def __aexit__(self, *exc_info):
        await asyncio.sleep(0.001)
        return self.__exit__(*exc_info)


def transfer(tx, amount):
    tx.ops.append(amount)
    if amount < 0:
        raise ValueError(f"negative amount {amount}")


for name, amounts, broken in [("t1", [5, 7], False), ("t2", [5, -1], False), ("t3", [-2], True)]:
    try:
        with Transaction(name, broken) as tx:
            for a in amounts:
                transfer(tx, a)
    except Exception as e:
        ctx = e.__context__
        print(f"  {type(e).__name__}: {e} | context: {ctx!r}")


async def main():
    try:
        async with Transaction("a1", broken_rollback=True) as tx:
            transfer(tx, -9)
    except RuntimeError as e:
        print(f"  async: {e} | context: {e.__context__!r}")

asyncio.run(main())
with Transaction("final", broken_rollback=True) as tx:
    transfer(tx, -1)
