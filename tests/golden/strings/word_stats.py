# A word-frequency report: normalizing with casefold/strip/translate, counting, and a
# %-formatted and str.format-ted summary, produced by concurrent workers.
import asyncio

PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

TEXT = """It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... Était-ce le meilleur des temps? STRASSE und Straße!
"""


async def count_words(chunk, counts):
    await asyncio.sleep(0)
    table = str.maketrans("", "", PUNCTUATION.replace("-", ""))
    for word in chunk.translate(table).split():
        key = word.casefold()
        counts[key] = counts.get(key, 0) + 1


async def main():
    counts = {}
    await asyncio.gather(*(count_words(line, counts) for line in TEXT.splitlines()))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print("%-12s %s" % ("word", "count"))
    for word, n in ranked[:8]:
        print("%-12s %5d %s" % (word, n, "#" * n))
    print("{:=^24}".format(" summary "))
    print("{0:<16}{1:>8}".format("distinct words", len(counts)))
    print("{0:<16}{1:>8}".format("total words", sum(counts.values())))
    longest = max(counts, key=len)
    print("longest: {!r} ({} chars, upper {!r})".format(longest, len(longest), longest.upper()))
    print("title: " + TEXT.splitlines()[0][:25].title())


asyncio.run(main())
