# Float locals assigned only on some paths; reads before assignment raise UnboundLocalError.
import asyncio


def in_loop(n):
    for i in range(n):
        last = i * 0.5
    try:
        return last
    except UnboundLocalError as e:
        return "none: " + str(e)


def in_while(limit):
    x = 1.0
    while x < limit:
        x *= 2.0
        peak = x
    try:
        print("while", limit, x, peak)
    except UnboundLocalError as e:
        print("while", limit, x, "->", e)


def gen(flag):
    if flag:
        g = 2.5
    yield 1.0
    try:
        yield g + 1.0
    except UnboundLocalError as e:
        yield str(e)


async def later(flag):
    if flag:
        a = 0.75
    await asyncio.sleep(0)
    try:
        return a * 2.0
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)


def ratio(total_in, count_in):
    total = float(total_in)
    count = float(count_in)
    if count:
        avg = total / count
        high = avg > 1.0
    else:
        print("no items for", total)
    print("ratio inputs", total, count)
    return avg, high


async def main():
    print(in_loop(3), in_loop(0))
    in_while(10.0)
    in_while(0.5)
    print(list(gen(True)), list(gen(False)))
    print(await later(True), await later(False))
    print(ratio(3.0, 2), ratio(1.0, 4))
    await asyncio.sleep(0)
    print(ratio(5.0, 0))


asyncio.run(main())
