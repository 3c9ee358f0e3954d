# The classic priority-queue bug: (priority, payload) tuples with equal priorities make heappush compare
# payloads; a caught TypeError first, then an uncaught one from heappush ends the program (exit 1).
import heapq
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    size: int


queue = []
heapq.heappush(queue, (2, Job("backup", 40)))
heapq.heappush(queue, (1, Job("email", 1)))
print([(p, j.name) for p, j in queue])
try:
    heapq.heappush(queue, (1, Job("sms", 1)))
except TypeError as e:
    print(type(e).__name__, e)
print(len(queue), [(p, j.name) for p, j in queue])
heapq.heappop(queue)
print([(p, j.name) for p, j in queue])

safe = []
for seq, (prio, job) in enumerate([(1, Job("a", 1)), (1, Job("b", 2)), (0, Job("c", 3))]):
    heapq.heappush(safe, (prio, seq, job))
print([heapq.heappop(safe)[2].name for _ in range(3)])


def schedule(jobs):
    heap = []
    for job in jobs:
        heapq.heappush(heap, (job.size // 10, job))
        print("scheduled", job.name)
    return heap


schedule([Job("x", 5), Job("y", 25), Job("z", 29), Job("w", 27)])
