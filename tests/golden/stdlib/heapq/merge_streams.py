"""heapq.merge over sorted streams gathered by tasks: plain, with key=, reverse=True, lazy
consumption, empty inputs and ties (stable: earlier iterables first)."""
import asyncio
import heapq


async def fetch(source, items, delay):
    await asyncio.sleep(delay)
    return source, items


async def main():
    feeds = await asyncio.gather(
        fetch("a", [1, 4, 9, 16], 0.003),
        fetch("b", [2, 3, 5, 7, 11, 13], 0.001),
        fetch("c", [], 0.002),
        fetch("d", [4, 4, 8], 0.0),
    )
    print(list(heapq.merge(*(items for _, items in feeds))))
    tagged = [[(n, source) for n in items] for source, items in feeds]
    print(list(heapq.merge(*tagged, key=lambda t: t[0]))[:8])
    print(list(heapq.merge([9, 5, 1], [8, 2], [7, 6, 3], reverse=True)))
    print(list(heapq.merge(["apple", "fig"], ["Banana", "cherry"], key=str.lower)))
    print(list(heapq.merge()), list(heapq.merge([], [])), list(heapq.merge([3])))
    lazy = heapq.merge(iter(range(0, 10, 3)), iter(range(1, 10, 3)))
    print(type(lazy).__name__, next(lazy), next(lazy), next(lazy), list(lazy))
    events = [[(0.5, "tick"), (1.5, "tock")], [(0.5, "boot"), (1.0, "load")]]
    for when, what in heapq.merge(*events, key=lambda e: e[0]):
        print(f"{when:4.1f} {what}")
    try:
        list(heapq.merge([1, 2], ["x"]))
    except TypeError as e:
        print("TypeError:", e)
    print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6], key=lambda x: -x),
          heapq.nlargest(2, "hello world"), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]))


asyncio.run(main())
