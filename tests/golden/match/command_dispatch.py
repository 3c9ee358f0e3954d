# A text-adventure style command dispatcher driven by asyncio tasks: sequence patterns with
# stars, or-patterns, guards, captures that stay bound after the match.
import asyncio

inventory = []


async def handle(player, line):
    await asyncio.sleep(0)
    match line.split():
        case []:
            return f"{player}: say something"
        case ["look"]:
            return f"{player} looks around"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"{player} goes {direction}"
        case ["go", direction]:
            return f"{player} cannot go {direction}"
        case ["take", *items] if items:
            inventory.extend(items)
            return f"{player} takes {', '.join(items)}"
        case ["drop", item] if item in inventory:
            inventory.remove(item)
            return f"{player} drops {item}"
        case ["drop", item]:
            return f"{player} has no {item}"
        case [verb, *_]:
            return f"{player}: unknown verb {verb!r}"


async def main():
    lines = ["look", "go north", "go up", "take lamp key", "drop key", "drop sword", "", "dance wildly"]
    results = await asyncio.gather(*(handle(f"p{i}", line) for i, line in enumerate(lines)))
    for r in results:
        print(r)
    print("inventory:", inventory)


asyncio.run(main())
