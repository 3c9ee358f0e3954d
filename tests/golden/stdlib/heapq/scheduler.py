# A task scheduler on a heap of (priority, counter, name) entries with lazy removal (the docs' recipe),
# an asyncio run where workers pull jobs by priority, and Dijkstra's shortest paths with heappush/heappop.
import asyncio
import heapq

REMOVED = "<removed>"
pq, finder, counter = [], {}, iter(range(1000))


def add_task(name, priority=0):
    if name in finder:
        remove_task(name)
    entry = [priority, next(counter), name]
    finder[name] = entry
    heapq.heappush(pq, entry)


def remove_task(name):
    finder.pop(name)[-1] = REMOVED


def pop_task():
    while pq:
        priority, count, name = heapq.heappop(pq)
        if name is not REMOVED:
            del finder[name]
            return priority, count, name
    raise KeyError("pop from an empty priority queue")


for name, prio in [("write", 5), ("test", 3), ("deploy", 9), ("review", 3), ("lint", 1)]:
    add_task(name, prio)
print(pq)
add_task("deploy", 0)
remove_task("lint")
print(len(pq), sorted(finder))
try:
    while True:
        print("run", pop_task())
except KeyError as e:
    print(type(e).__name__, e, pq)


async def worker(wid, jobs, log):
    while jobs:
        prio, seq, name = heapq.heappop(jobs)
        log.append((wid, name))
        print(f"worker {wid} starts {name} (priority {prio}, #{seq})")
        await asyncio.sleep(0)
        if name == "build":
            heapq.heappush(jobs, (0, next(counter), "package"))
            print(f"worker {wid} queued package; next up: {jobs[0][2]}")


async def main():
    jobs, log = [], []
    for i, (prio, name) in enumerate([(2, "docs"), (1, "build"), (3, "bench"), (1, "unit"), (2, "lint")]):
        heapq.heappush(jobs, (prio, i, name))
    await asyncio.gather(worker("A", jobs, log), worker("B", jobs, log))
    print(log)


asyncio.run(main())

graph = {"a": {"b": 7, "c": 9, "f": 14}, "b": {"a": 7, "c": 10, "d": 15}, "c": {"a": 9, "b": 10, "d": 11, "f": 2},
         "d": {"b": 15, "c": 11, "e": 6}, "e": {"d": 6, "f": 9}, "f": {"a": 14, "c": 2, "e": 9}}
dist, prev, frontier = {"a": 0}, {}, [(0, "a")]
while frontier:
    d, node = heapq.heappop(frontier)
    if d > dist[node]:
        continue
    for nxt, w in sorted(graph[node].items()):
        if d + w < dist.get(nxt, float("inf")):
            dist[nxt], prev[nxt] = d + w, node
            heapq.heappush(frontier, (d + w, nxt))
path = ["e"]
while path[-1] != "a":
    path.append(prev[path[-1]])
print(sorted(dist.items()), "->".join(reversed(path)))
