# A help screen and a report laid out with textwrap, from tasks that collect their rows.
import asyncio
import textwrap

COMMANDS = {
    "sync": "Synchronise the local cache with the remote store, fetching only the objects whose "
            "checksums changed since the last run; use --force to fetch everything.",
    "gc": "Remove unreferenced objects. Objects younger than two weeks are kept, in case a "
          "concurrent writer still needs them.",
    "status": "Show what would be synchronised.",
    "x-very-long-command-name-that-overflows": "Exists to test the hanging indent.",
}


def help_screen(width):
    lines = ["usage: tool COMMAND [options]", ""]
    for name, text in COMMANDS.items():
        head = f"  {name:<10} "
        if len(head) > 13:
            lines.append(head.rstrip())
            head = " " * 13
        body = textwrap.wrap(text, width - 13)
        lines.append(head + body[0])
        lines.extend(" " * 13 + rest for rest in body[1:])
    return "\n".join(lines)


async def row(name, delay):
    await asyncio.sleep(delay)
    summary = textwrap.shorten(COMMANDS[name], 30, placeholder="…")
    return f"{name}: {summary}"


async def main():
    print(help_screen(60))
    print(help_screen(40))
    rows = await asyncio.gather(*(row(n, 0.001 * i) for i, n in enumerate(COMMANDS)))
    print(textwrap.indent("\n".join(rows), "| "))
    doc = """
        Notes:
            first indented
          second
        \tthird with tab
    """
    print(repr(textwrap.dedent(doc)))
    w = textwrap.TextWrapper(width=30, initial_indent="- ", subsequent_indent="  ",
                             drop_whitespace=False, replace_whitespace=False)
    print(w.wrap("keep   the   spaces\tand tabs\nand newlines as they are, please"))
    print(w.fill("one two three four five six seven eight nine ten eleven twelve"))


asyncio.run(main())
