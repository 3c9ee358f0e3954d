"""Parsing and building command lines with shlex: split in posix and non-posix mode, comments,
quote/join round trips, a shlex.shlex lexer with punctuation_chars and whitespace_split, custom
wordchars, and the ValueError texts for unbalanced quotes and escapes."""
import asyncio
import shlex

LINES = [
    'ls -la "My Documents"',
    "echo 'single quoted' \"double $HOME\" plain\\ space",
    'grep -e "a\\"b" file.txt # trailing comment',
    "cp  src/*.py   'dest dir/'",
    'say "it\'s fine" \'no "escape" here\'',
    "",
    "   ",
]


async def main():
    for line in LINES:
        print(repr(line))
        print("  posix   ", shlex.split(line))
        print("  nonposix", shlex.split(line, posix=False))
        print("  comments", shlex.split(line, comments=True))
        await asyncio.sleep(0)

    print("--- quote / join")
    for arg in ["simple", "two words", "", "it's", "$(rm -rf /)", "a\"b", "safe-_.,/:@%+=x", "tab\there"]:
        q = shlex.quote(arg)
        print(repr(arg), q, shlex.split(q) == [arg])
    cmd = ["rsync", "-av", "--exclude", "*.pyc", "src dir/", "user@host:/backup's"]
    joined = shlex.join(cmd)
    print(joined)
    print(shlex.split(joined) == cmd)

    print("--- lexer")
    lex = shlex.shlex("a && b || c; d | e > out.txt 2>&1", punctuation_chars=True)
    print(list(lex))
    lex = shlex.shlex("x=1 y='two words' # note", posix=True)
    lex.whitespace_split = True
    print(list(lex))
    lex = shlex.shlex("key=value, other=thing", posix=True)
    print(list(lex))
    lex = shlex.shlex("key=value, other=thing", posix=True)
    lex.wordchars += "=,"
    print(list(lex))
    lex = shlex.shlex("first second third")
    print(lex.get_token(), lex.get_token(), lex.lineno)
    lex.push_token("pushed")
    print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
    lex = shlex.shlex("(a|b) && c", punctuation_chars="|&")
    print(list(lex))

    print("--- errors")
    for bad in ['echo "unterminated', "echo 'also", "trailing\\", 'a "b\\']:
        try:
            print(shlex.split(bad))
        except ValueError as e:
            print(repr(bad), type(e).__name__, e)
    try:
        list(shlex.shlex("'open", posix=True))
    except ValueError as e:
        print(type(e).__name__, e)
    print(shlex.join([]), repr(shlex.join(["", "a b"])))


asyncio.run(main())
