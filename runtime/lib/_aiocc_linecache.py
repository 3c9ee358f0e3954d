"""linecache.getline for aiocc's library modules (traceback, warnings): the line of a file read
from disk, as CPython's linecache reads it for a file that is not in its cache."""


def getline(filename, lineno):  # cpython: builtin
    """The line (with its line end), or '' where there is none."""
    if lineno < 1:
        return ''
    try:
        with open(filename, encoding='utf-8', errors='replace') as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line if line.endswith('\n') else line + '\n'
    except (OSError, UnicodeError, ValueError):
        pass
    return ''
