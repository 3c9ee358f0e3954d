# heappush/heappop/heapify/heapreplace/heappushpop on ints, strings and tuples, showing the exact
# list layout after each operation, heap-sort, and the max-heap-by-negation idiom.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print("push", x, h)
while h:
    print("pop", heapq.heappop(h), h)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
print(heapq.heapify(data), data)
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
heapq.heapify(data)
print(data)
print("replace", heapq.heapreplace(data, 7), data)
print("replace", heapq.heapreplace(data, 0), data)
print("pushpop", heapq.heappushpop(data, -1), data)
print("pushpop", heapq.heappushpop(data, 4), data)
print("pushpop", heapq.heappushpop([], 42), heapq.heappushpop([1], 1))
print([heapq.heappop(data) for _ in range(len(data))], data)
for seq in [[], [1], [2, 1], [1, 2, 3], [3, 2, 1], [1, 1, 1], [5, 5, 2, 2, 9, 0]]:
    copy = list(seq)
    heapq.heapify(copy)
    print(seq, "->", copy)

words = "the quick brown fox jumps over the lazy dog".split()
heapq.heapify(words)
print(words)
print([heapq.heappop(words) for _ in range(4)], words[0])

pq = []
for item in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]:
    heapq.heappush(pq, item)
print(pq)
print(heapq.heapreplace(pq, (0, "urgent")), pq[0], heapq.heappushpop(pq, (5, "later")), len(pq))
print([heapq.heappop(pq) for _ in range(len(pq))])

mx = []
for x in [4, 10, 3, 7, 10, 1]:
    heapq.heappush(mx, -x)
print([-heapq.heappop(mx) for _ in range(3)], [-v for v in mx])

floats = [2.5, -1.0, 3, 0, 2]
heapq.heapify(floats)
print(floats[:], heapq.heappop(floats), heapq.heappop(floats), floats)


def heapsort(iterable):
    h = []
    for v in iterable:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]


print(heapsort([31, 41, 59, 26, 53, 58, 97, 93, 23, 84]), heapsort("heapsort"), heapsort([]))
big = list(range(100, 0, -3))
heapq.heapify(big)
print(big[:10], all(big[i] <= big[c] for i in range(len(big)) for c in (2 * i + 1, 2 * i + 2) if c < len(big)))
h = [1, 3, 2]
h.append(0)
print(h[:], heapq.heappop(h), h)
