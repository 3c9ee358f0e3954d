# Programs built on bisect: the docs' grade table, a sorted leaderboard kept with insort and key=,
# range counting in a sorted list, and an interval lookup (which bucket holds a timestamp).
import bisect
from dataclasses import dataclass


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 59, 60]])


@dataclass
class Player:
    name: str
    score: int


board = []
for name, score in [("ann", 40), ("bob", 75), ("cid", 40), ("dee", 90), ("eve", 10), ("fay", 75)]:
    bisect.insort(board, Player(name, score), key=lambda p: -p.score)
    rank = bisect.bisect_left(board, -score, key=lambda p: -p.score) + 1
    print(f"{name} scored {score:3} -> rank {rank}, board: {' '.join(p.name for p in board)}")


def count_in_range(sorted_list, lo, hi):
    return bisect.bisect_right(sorted_list, hi) - bisect.bisect_left(sorted_list, lo)


data = sorted([17, 3, 44, 3, 29, 8, 44, 51, 12, 30, 3])
print(data)
for lo, hi in [(3, 3), (0, 100), (10, 30), (45, 50), (44, 51), (60, 70)]:
    print(f"[{lo}, {hi}]: {count_in_range(data, lo, hi)}")


def index_of(sorted_list, x):
    i = bisect.bisect_left(sorted_list, x)
    if i != len(sorted_list) and sorted_list[i] == x:
        return i
    raise ValueError(f"{x!r} not in list")


for x in [3, 44, 5, 99]:
    try:
        print(x, "at", index_of(data, x))
    except ValueError as e:
        print(type(e).__name__, e)

starts = [0, 60, 300, 900, 3600]
labels = ["under a minute", "minutes", "several minutes", "a quarter hour+", "hours"]
for t in [0, 59, 60, 299, 301, 1200, 3600, 86400]:
    print(t, labels[bisect.bisect_right(starts, t) - 1])

events = []
for when, what in [(5.5, "lunch"), (1.0, "wake"), (9.25, "sleep"), (5.5, "coffee"), (3.0, "work")]:
    bisect.insort(events, (when, what))
print(events)
print([what for _, what in events[bisect.bisect_left(events, (3.0,)):bisect.bisect_right(events, (6.0,))]])

prices = [(0.5, "gum"), (1.25, "soda"), (3.0, "chips"), (7.5, "lunch")]
budget = [0.25, 0.5, 2, 10]
print([[n for _, n in prices[:bisect.bisect_right(prices, b, key=lambda p: p[0])]] for b in budget])
