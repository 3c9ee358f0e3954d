"""Summing numbers typed one per line with a bare input() loop that forgets about EOF: the
EOFError escapes from inside the coroutine and asyncio.run, with the traceback on stderr."""
import asyncio


def parse(text):
    text = text.strip().replace(",", ".")
    if text.endswith("%"):
        return float(text[:-1]) / 100
    return float(text)


async def read_numbers(seen):
    total = 0
    while True:
        text = input("number> ")
        if not text.strip():
            print("(empty, ignored)")
            continue
        value = parse(text)
        seen.append(value)
        total += value
        print(f"running total after {len(seen)}: {total:g} (min {min(seen):g}, max {max(seen):g})")
        await asyncio.sleep(0)


async def main():
    print("enter numbers; EOF ends (or so the author thought)")
    seen = []
    try:
        await read_numbers(seen)
    finally:
        print(f"read {len(seen)} numbers before the loop ended")
    print("unreachable")


asyncio.run(main())
