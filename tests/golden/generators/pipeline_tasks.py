# A generator pipeline (read -> parse -> filter) feeds an asyncio.Queue; worker tasks consume it.
import asyncio

LINES = ["10,apple", "x,broken", "3,pear", "", "7,plum", "12,fig", "-1,bad", "5,kiwi"]


def read_lines(lines):
    for n, line in enumerate(lines, 1):
        print(f"read {n}: {line!r}")
        yield n, line


def parse(records):
    for n, line in records:
        if not line:
            print(f"skip blank {n}")
            continue
        qty, _, name = line.partition(",")
        value = int(qty)
        try:
            yield n, value, name
        except GeneratorExit:
            print("parse closed")
            raise


def only_valid(items):
    for n, qty, name in items:
        if qty > 0:
            yield n, qty, name
        else:
            print(f"drop {name} ({qty})")


def safe_parse(records):
    for n, line in records:
        try:
            yield from parse([(n, line)])
        except ValueError as e:
            print(f"parse error line {n}: {e}")


async def worker(name, q, totals):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(f"{name} stopping")
            return
        n, qty, fruit = item
        await asyncio.sleep(0)
        totals[fruit] = totals.get(fruit, 0) + qty
        print(f"{name} handled line {n}: {qty} x {fruit}")
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    totals = {}
    workers = [asyncio.create_task(worker(f"w{i}", q, totals)) for i in range(2)]
    for item in only_valid(safe_parse(read_lines(LINES))):
        await q.put(item)
        print(f"queued {item}")
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    print(sorted(totals.items()))
    print(sum(totals.values()))


asyncio.run(main())
