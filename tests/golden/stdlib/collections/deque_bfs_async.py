# deque as a work queue: breadth-first search over a grid, a sliding window of the last N
# results, and producer/consumer tasks sharing a deque with an Event; deque[int] annotations.
import asyncio
from collections import deque

GRID = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]


def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    queue: deque[tuple[int, int]] = deque([start])
    dist = {start: 0}
    while queue:
        r, c = queue.popleft()
        if grid[r][c] == "E":
            return dist[(r, c)], len(dist)
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return None, len(dist)


print("bfs:", bfs(GRID))
print(deque[int], type(deque[int]).__name__)

recent: deque[int] = deque(maxlen=3)
for value in [5, 1, 4, 1, 5, 9, 2, 6]:
    recent.append(value)
    print(value, list(recent), sum(recent) / len(recent))

big = deque(range(100000))
total = 0
while big:
    total += big.popleft()
    if len(big) % 3 == 0 and big:
        total -= big.pop()
print("drained:", total, len(big), big)


async def producer(q, ready, n):
    for i in range(n):
        q.append(f"job-{i}")
        ready.set()
        await asyncio.sleep(0)
    q.append(None)
    ready.set()


async def consumer(name, q, ready, done):
    while True:
        while not q:
            ready.clear()
            await ready.wait()
        job = q.popleft()
        if job is None:
            q.append(None)  # let the other consumer stop too
            return
        done.append((name, job))
        await asyncio.sleep(0)


async def main():
    q, ready, done = deque(), asyncio.Event(), deque()
    await asyncio.gather(producer(q, ready, 6), consumer("a", q, ready, done), consumer("b", q, ready, done))
    print(list(done))
    print(done.count(("a", "job-0")), done.index(("b", "job-1")) if ("b", "job-1") in done else "-")


asyncio.run(main())
