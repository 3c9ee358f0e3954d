"""wc-style statistics over all of sys.stdin.read(): lines, words, characters and bytes,
the most common words, the longest line; split across tasks per paragraph."""
import asyncio
import sys


async def paragraph_stats(index, text):
    await asyncio.sleep(0)
    words = [w.strip(".,;:!?\"'()").lower() for w in text.split()]
    words = [w for w in words if w]
    return index, len(text.splitlines()), len(words), words


async def main():
    data = sys.stdin.read()
    print("type:", type(data).__name__)
    print("chars:", len(data), "bytes:", len(data.encode("utf-8")))
    print("lines:", data.count("\n"), "splitlines:", len(data.splitlines()))
    print("words:", len(data.split()))
    print("ends with newline:", data.endswith("\n"), "has CR:", "\r" in data)
    paragraphs = [p for p in data.split("\n\n") if p.strip()]
    stats = await asyncio.gather(*(paragraph_stats(i, p) for i, p in enumerate(paragraphs, 1)))
    counts = {}
    for index, nlines, nwords, words in stats:
        print(f"paragraph {index}: {nlines} lines, {nwords} words")
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
    print("top words:")
    for w, n in top:
        print(f"  {w:<8}{n:>3} {'#' * n}")
    longest = max(data.splitlines(), key=len)
    print("longest line:", repr(longest), len(longest))
    print("unique words:", len(counts))
    print("non-ascii words:", sorted(w for w in counts if not w.isascii()))
    print("read again:", repr(sys.stdin.read()), repr(sys.stdin.read(5)))


asyncio.run(main())
