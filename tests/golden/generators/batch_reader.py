import asyncio

ROWS = [f"row{i},{i * 3 % 7},{'x' if i % 4 == 0 else 'y'}" for i in range(11)]


def parse_rows(rows):
    for line in rows:
        name, value, flag = line.split(",")
        yield name, int(value), flag == "x"


def batched(it, size):
    batch = []
    for item in it:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def accumulate(values, initial=0):
    total = initial
    yield total
    for v in values:
        total += v
        yield total


def dedupe(it, key=lambda x: x):
    seen = set()
    for x in it:
        k = key(x)
        if k not in seen:
            seen.add(k)
            yield x


async def upload(batch_no, batch):
    await asyncio.sleep(0.001 * (4 - batch_no))
    return batch_no, sum(v for _, v, _ in batch), [n for n, _, f in batch if f]


async def main():
    batches = list(batched(parse_rows(ROWS), 4))
    print([len(b) for b in batches])
    results = await asyncio.gather(*(upload(i, b) for i, b in enumerate(batches)))
    for r in results:
        print(r)
    print(list(accumulate(v for _, v, _ in parse_rows(ROWS))))
    print(list(dedupe(parse_rows(ROWS), key=lambda r: r[1])))
    gen = parse_rows(ROWS)
    print(next(gen), next(gen))
    rest = list(gen)
    print(len(rest), list(gen))
    squares = {n: v * v for n, v, _ in parse_rows(ROWS[:3])}
    print(squares, any(f for *_, f in parse_rows(ROWS)), all(v < 7 for _, v, _ in parse_rows(ROWS)))
    g = accumulate([1, 2])
    print(next(g), g.send(None), list(g))
    try:
        g.throw(ValueError("late"))
    except ValueError as e:
        print("throw into finished gen:", e)
    g2 = accumulate([5, 5])
    next(g2)
    try:
        g2.throw(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    print(list(parse_rows(["bad,row"])))

asyncio.run(main())
