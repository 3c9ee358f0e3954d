"""fnmatch as a file selector uses it: fnmatch/fnmatchcase, filter, translate, character
classes, negation, escapes via brackets, and patterns applied by tasks to a listing."""
import asyncio
import fnmatch

NAMES = ["README.md", "setup.py", "src/app.py", "src/App.PY", "tests/test_app.py", "data[1].csv",
         "data2.csv", ".hidden", "notes.txt~", "a?b", "x.tar.gz"]


async def select(pattern):
    await asyncio.sleep(0)
    return pattern, fnmatch.filter(NAMES, pattern)


async def main():
    for pattern, hits in await asyncio.gather(*(select(p) for p in [
            "*.py", "*.[Pp][Yy]", "src/*", "data[[]1].csv", "data[!1].csv", "*~", "a[?]b", "*.*.*", ".*", "*"])):
        print(f"{pattern:14} {hits}")
    print(fnmatch.fnmatch("App.PY", "*.py"), fnmatch.fnmatchcase("App.PY", "*.py"), fnmatch.fnmatchcase("x", "[a-z]"))
    for p in ["*.py", "data[!0-9]?", "[]]", "[!]]x", "a**b", "[z-a]", "\\*"]:
        print(repr(p), fnmatch.translate(p))
    print(fnmatch.filter([], "*"), fnmatch.fnmatch("", "*"), fnmatch.fnmatch("abc", ""))


asyncio.run(main())
