# Counter, defaultdict and OrderedDict in an asyncio program: word counts gathered from tasks,
# an LRU cache in front of a slow coroutine, grouping by first letter; subclass reprs.
import asyncio
from collections import Counter, OrderedDict, defaultdict

TEXTS = {
    "a": "the cat sat on the mat",
    "b": "the dog sat on the log",
    "c": "a cat and a dog",
}


async def count_words(key):
    await asyncio.sleep(0)
    return Counter(TEXTS[key].split())


class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size
        self.hits = self.misses = 0


cache = LRU(2)


async def lookup(key):
    if key in cache:
        cache.hits += 1
        cache.move_to_end(key)
        return cache[key]
    cache.misses += 1
    await asyncio.sleep(0)
    value = key.upper() * 2
    cache[key] = value
    if len(cache) > cache.size:
        old, _ = cache.popitem(last=False)
        print("  evicted", old)
    return value


async def main():
    counts = await asyncio.gather(*(count_words(k) for k in TEXTS))
    total = sum(counts, Counter())
    print(total.most_common(4))
    print(total["the"], total["zebra"], len(total), total.total())
    print((counts[0] - counts[1]), counts[0] & counts[1], counts[0] | counts[2])
    groups = defaultdict(list)
    for word in sorted(total):
        groups[word[0]].append(word)
    print(groups)
    print(dict(groups))
    for key in ["x", "y", "x", "z", "y", "x"]:
        print(key, await lookup(key))
    print(cache, cache.hits, cache.misses, list(cache.keys()), list(reversed(cache)))


asyncio.run(main())
