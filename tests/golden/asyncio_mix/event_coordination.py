import asyncio


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = asyncio.Lock()

    async def transfer(self, other, amount, who):
        async with self.lock:
            if self.balance < amount:
                print(f"{who}: insufficient funds ({self.balance} < {amount})")
                return False
            b = self.balance
            await asyncio.sleep(0.001)
            self.balance = b - amount
        async with other.lock:
            other.balance += amount
        print(f"{who}: moved {amount}")
        return True


async def waiter(name, ev, delay, results):
    print(f"{name} waiting")
    await ev.wait()
    await asyncio.sleep(delay)
    results.append(name)
    print(f"{name} released")


async def main():
    a, b = Account(100), Account(0)
    ok = await asyncio.gather(*(a.transfer(b, amt, f"t{i}") for i, amt in enumerate([30, 50, 40, 10])))
    print(ok, a.balance, b.balance, a.lock.locked())
    ev = asyncio.Event()
    results = []
    waiters = [asyncio.create_task(waiter(f"w{i}", ev, 0.04 * (3 - i), results)) for i in range(3)]
    await asyncio.sleep(0.005)
    print("is_set before:", ev.is_set())
    ev.set()
    await asyncio.gather(*waiters)
    print(results, ev.is_set())
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("event not set again")
    lock = asyncio.Lock()
    order = []

    async def crit(i):
        async with lock:
            order.append(("in", i))
            await asyncio.sleep(0.002)
            order.append(("out", i))

    await asyncio.gather(crit(1), crit(2), crit(3))
    print(order)
    done = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, done.set_result, "future done")
    print(await done, done.done())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("boom"))
    await fut

asyncio.run(main())
