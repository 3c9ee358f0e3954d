"""shlex as a command runner uses it: split() of command lines with quotes, escapes and
comments (posix and not), quote() of awkward arguments and join() round trips, and the
errors for unbalanced quotes and trailing escapes."""
import asyncio
import shlex

COMMANDS = [
    'ls -l "My Documents" /tmp',
    "grep -rn 'hello world' src/ --include=*.py",
    'echo "a \\"quoted\\" word" and\\ escaped\\ spaces',
    "printf '%s\\n' 'single \"double\" inside'",
    'find . -name "*.txt" -exec rm {} \\;',
    "tar czf backup.tgz dir  # trailing comment",
    'cmd --opt="value with spaces" --flag',
    "echo ''  \"\"  empty",
    'a"b"c d\'e\'f g\\h',
    "  leading   and   trailing   ",
    "",
    "echo $HOME ~/file *.c",
    'say "line one\nline two"',
    "x=1 y='2 3' env",
]


async def parse(line):
    await asyncio.sleep(0)
    return shlex.split(line)


async def main():
    results = await asyncio.gather(*(parse(c) for c in COMMANDS))
    for line, argv in zip(COMMANDS, results):
        print(f"{line!r:58} -> {argv}")

    print("--- comments and non-posix")
    print(shlex.split("make all # build everything", comments=True))
    print(shlex.split("make all # build everything", comments=False))
    print(shlex.split("a#b c # d", comments=True))
    print(shlex.split('echo "hi there" \'x y\'', posix=False))
    print(shlex.split('path\\to "quoted \\"x\\""', posix=False))
    print(shlex.split("one\ttwo\nthree"))

    print("--- quote")
    for arg in ["simple", "with space", "it's", "", "$HOME", "a;b", "-n", "file*.txt",
                "tab\there", 'double"quote', "multi\nline", "safe-chars_@%+=:,./", "ünïcode"]:
        q = shlex.quote(arg)
        back = shlex.split(q)
        print(f"{arg!r:24} {q!r:34} {back == [arg]}")

    print("--- join")
    argv = ["ssh", "host", "cat '/var/log/app.log' | grep ERROR", "", "x y"]
    joined = shlex.join(argv)
    print(joined)
    print(shlex.split(joined) == argv)
    print(shlex.join([]))
    print(shlex.join(["plain", "words"]))

    print("--- errors")
    for bad in ['echo "unterminated', "echo 'open", "trailing\\", 'mix "a\' b']:
        try:
            print(shlex.split(bad))
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        shlex.quote(42)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        shlex.join(["ok", 3])
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
