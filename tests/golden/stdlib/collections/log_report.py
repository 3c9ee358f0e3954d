# A realistic program: word frequency with Counter, a sliding-window moving average with
# deque(maxlen=...), grouping with defaultdict(list), and a namedtuple record type.
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict

LOG = """\
2024-06-01 10:00:01 INFO  api    request served in 120ms
2024-06-01 10:00:02 WARN  db     slow query took 950ms
2024-06-01 10:00:02 INFO  api    request served in 80ms
2024-06-01 10:00:03 ERROR auth   token expired for user alice
2024-06-01 10:00:04 INFO  api    request served in 95ms
2024-06-01 10:00:05 INFO  db     query took 40ms
2024-06-01 10:00:05 ERROR api    upstream timeout after 3000ms
2024-06-01 10:00:06 WARN  auth   retrying token refresh for user bob
2024-06-01 10:00:07 INFO  api    request served in 101ms
2024-06-01 10:00:08 INFO  db     query took 38ms
"""

Entry = namedtuple("Entry", "date time level service message")
entries = [Entry(*line.split(None, 4)) for line in LOG.splitlines()]
print(entries[0])
print(len(entries), "entries")

levels = Counter(e.level for e in entries)
print("levels:", levels, levels.most_common(1))

words = Counter()
for e in entries:
    words.update(w.strip(".,").lower() for w in e.message.split() if not w[0].isdigit())
print("top words:", words.most_common(5))

by_service = defaultdict(list)
for e in entries:
    by_service[e.service].append(e.time[-2:])
for service, times in sorted(by_service.items()):
    print(f"{service:5} {len(times)} {' '.join(times)}")

# sliding window over latencies
latencies = [int(w[:-2]) for e in entries for w in e.message.split() if w.endswith("ms")]
window = deque(maxlen=3)
for ms in latencies:
    window.append(ms)
    avg = sum(window) / len(window)
    flag = " <- spike" if ms > 2 * avg else ""
    print(f"{ms:5d} window={list(window)} avg={avg:.1f}{flag}")

# first error per service, in order of appearance
first_error = OrderedDict()
for e in entries:
    if e.level == "ERROR":
        first_error.setdefault(e.service, e.time)
print(first_error)

# per-service level counts, nested defaultdict of Counters
matrix = defaultdict(Counter)
for e in entries:
    matrix[e.service][e.level] += 1
for service in sorted(matrix):
    print(service, dict(sorted(matrix[service].items())), matrix[service].total())

# recent-history buffer: last 4 messages, newest first
recent = deque(maxlen=4)
for e in entries:
    recent.appendleft(f"{e.time} {e.level}")
print(recent)
