# json.dump and json.load with file-like objects, round trips of task results in an asyncio
# program, and a JSON-lines log.
import asyncio
import json


class Buffer:
    def __init__(self, text=""):
        self.parts = [text] if text else []
        self.writes = 0

    def write(self, s):
        self.writes += 1
        self.parts.append(s)

    def read(self):
        return "".join(self.parts)


async def job(n):
    await asyncio.sleep(0)
    return {"job": n, "squares": [i * i for i in range(n)], "ok": n % 2 == 0}


async def main():
    results = await asyncio.gather(*(job(n) for n in range(4)))
    buf = Buffer()
    json.dump(results, buf, indent=2)
    print(buf.writes > 1, buf.read())
    again = json.load(Buffer(buf.read()))
    print(again == results, again[3])
    log = Buffer()
    for r in results:
        log.write(json.dumps(r, separators=(",", ":")) + "\n")
    lines = log.read().splitlines()
    print(lines)
    print([json.loads(line)["ok"] for line in lines])
    compact = Buffer()
    json.dump({"k": [1, 2]}, compact)
    print(compact.parts)


asyncio.run(main())
