# SyntaxError raised by a program: its location fields, str(), the traceback module's layout
# and the interpreter's, which shows the text and carets at the location.
import sys
import traceback


class ConfigSyntaxError(SyntaxError):
    pass


e = ConfigSyntaxError("m", ("/a/b.py", 2, None, None))
print(str(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset,
      e.print_file_and_line, e.args)
print(repr(SyntaxError("x", ["f", 1, 2, "t"])))
for bad in [(1, 2), (1, 2, 3, 4, 5), (1, 2, 3, 4, 5, 6, 7)]:
    try:
        SyntaxError("x", bad)
    except TypeError as ex:
        print(ex)
print(str(SyntaxError("x", ("f", "3", 1, "t"))), str(SyntaxError()), str(SyntaxError(1, 2, 3)))
e = SyntaxError("m")
e.lineno = 7
print(e)
e.filename = "dir/conf.ini"
print(e)


def parse(text):
    for lineno, line in enumerate(text.splitlines(keepends=True), 1):
        if "=" not in line:
            col = len(line) - len(line.lstrip()) + 1
            raise ConfigSyntaxError("expected '='", ("conf.ini", lineno, col, line, lineno, len(line)))


try:
    parse("a = 1\n  b 2\nc = 3\n")
except SyntaxError as err:
    print("".join(traceback.format_exception_only(err)), end="")
    traceback.print_exc(file=sys.stdout)
    print(err.lineno, err.offset, repr(err.text))

for loc in [("f.py", 3, 5, "  x = = 1\n", 3, 8), ("f.py", 3, 5, "  x = = 1\n", 4, 8),
            (None, 3, 2, None), ("f.py", 3, None, "x\n"), ("f.py", 2, 9, "\tif x\n")]:
    err = SyntaxError("bad thing", loc)
    print("".join(traceback.format_exception_only(err)), end="")

err = SyntaxError("last", ("f.py", 3, 5, "  x = = 1\n", 3, 8))
err.add_note("a note")
raise err
