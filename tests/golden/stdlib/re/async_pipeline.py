# An asyncio pipeline: producers put raw messages on a Queue, workers classify them with
# compiled patterns (shared between tasks) and extract fields, a gather over "fetches"
# redacts secrets with sub; results are printed in a deterministic order.
import asyncio
import re

RULES = [
    ("error", re.compile(r"\b(?:ERROR|FATAL)\b:?\s*(?P<detail>.+)", re.I)),
    ("metric", re.compile(r"(?P<name>[a-z_.]+)=(?P<value>-?\d+(?:\.\d+)?)(?P<unit>ms|s|%)?")),
    ("login", re.compile(r"user (?P<user>\w+) logged (?P<dir>in|out)(?: from (?P<ip>[\d.]+))?")),
]
SECRET = re.compile(r"(?P<key>password|token|api[_-]?key)\s*[:=]\s*(?P<val>\S+)", re.I)
MESSAGES = [
    "cpu.load=0.75 mem.used=81% latency=120ms",
    "user ada logged in from 10.1.2.3",
    "Fatal: disk /dev/sda1 full",
    "user bob logged out",
    "nothing to see here",
    "error  connection reset (token=abc123)",
    "Ünïcode user Zoë logged in",
    "temp=-3.5 humidity=40%",
]


async def producer(queue, items, first):
    for i, item in enumerate(items, first):
        await queue.put((i, item))
        await asyncio.sleep(0)


async def worker(name, queue, results):
    while True:
        i, msg = await queue.get()
        try:
            for kind, rx in RULES:
                found = list(rx.finditer(msg))
                if found:
                    fields = [{k: v for k, v in m.groupdict().items() if v is not None} for m in found]
                    results[i] = (kind, fields, [m.span() for m in found])
                    break
            else:
                results[i] = ("unknown", [], [])
            await asyncio.sleep(0)
        finally:
            queue.task_done()


async def redact(doc):
    await asyncio.sleep(0)
    return SECRET.subn(lambda m: f"{m['key']}=<{len(m['val'])} chars>", doc)


async def main():
    queue = asyncio.Queue(maxsize=3)
    results = {}
    workers = [asyncio.create_task(worker(f"w{n}", queue, results)) for n in range(3)]
    await asyncio.gather(producer(queue, MESSAGES[:4], 0), producer(queue, MESSAGES[4:], 4))
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for i in sorted(results):
        print(i, MESSAGES[i][:20].ljust(20), *results[i])

    docs = ["password: hunter2 and TOKEN=xyz", "api-key = 0123456789abcdef", "no secrets"]
    for doc, (text, n) in zip(docs, await asyncio.gather(*(redact(d) for d in docs))):
        print(f"{n} redacted: {text!r}")

    async def count_words(text):
        await asyncio.sleep(0)
        words = re.findall(r"\b[^\W\d_]+\b", text.lower())
        return {w: words.count(w) for w in sorted(set(words))}

    counts = await asyncio.gather(count_words("the cat and the hat"), count_words("Ça va? Ça va, ça va!"))
    print(counts)


asyncio.run(main())
