"""A producer reading commands with sys.stdin.readline() until it returns '' and feeding an
asyncio.Queue; two consumer tasks process them; readline(size) limits and blank lines."""
import asyncio
import sys


async def producer(queue):
    header = sys.stdin.readline()
    print("header:", repr(header))
    limited = sys.stdin.readline(4)
    print("readline(4):", repr(limited), "rest of that line:", repr(sys.stdin.readline()))
    count = 0
    while True:
        line = sys.stdin.readline()
        if line == "":
            break
        if line == "\n":
            print("(blank line skipped)")
            continue
        await queue.put(line.rstrip("\n"))
        count += 1
    print("producer done after", count, "commands; readline at EOF:", repr(sys.stdin.readline()))
    return count


async def consumer(name, queue, totals):
    while True:
        cmd = await queue.get()
        try:
            if cmd is None:
                return
            verb, _, arg = cmd.partition(" ")
            if verb == "add":
                key, amount = arg.split()
                totals[key] = totals.get(key, 0) + int(amount)
                print(f"[{name}] add {key} {amount}")
            elif verb == "del":
                removed = totals.pop(arg, None)
                print(f"[{name}] del {arg} -> {removed}")
            elif verb == "echo":
                print(f"[{name}] {arg}")
            else:
                print(f"[{name}] unknown command {cmd!r}")
        except ValueError as e:
            print(f"[{name}] bad arguments in {cmd!r}: {e}")
        finally:
            queue.task_done()
        await asyncio.sleep(0)


async def main():
    queue = asyncio.Queue()
    totals = {}
    workers = [asyncio.create_task(consumer(n, queue, totals)) for n in ("w1", "w2")]
    n = await producer(queue)
    await queue.join()
    for _ in workers:
        await queue.put(None)
    await asyncio.gather(*workers)
    print("processed:", n)
    print("totals:", dict(sorted(totals.items())))


asyncio.run(main())
