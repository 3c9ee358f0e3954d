# A chain of generators: a source of pseudo-random ints, a filter, a map, a windowed sum and
# a generator expression, consumed by a for loop. Generator creation, resumption and
# StopIteration at every stage.
# ops: 4000000 items
import asyncio

N = 4000000
WINDOW = 8


def source(n, seed):
    state = seed
    for _ in range(n):
        state = state * 48271 % 2147483647
        yield state % 100000


def keep(items):
    for x in items:
        if x % 3 != 0:
            yield x


def scale(items):
    for x in items:
        yield x * 2 + 1


def window_sum(items, size):
    buf = [0] * size
    idx = 0
    filled = 0
    running = 0
    for x in items:
        running += x - buf[idx]
        buf[idx] = x
        idx = (idx + 1) % size
        if filled < size:
            filled += 1
        if filled == size:
            yield running


async def main():
    windows = window_sum(scale(keep(source(N, 4242))), WINDOW)
    reduced = (w % 100003 for w in windows)
    count = 0
    total = 0
    largest = 0
    for v in reduced:
        count += 1
        total += v
        if v > largest:
            largest = v
    print(count, total, largest)


asyncio.run(main())
