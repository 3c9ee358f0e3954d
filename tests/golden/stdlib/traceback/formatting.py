# The traceback module: print_exc, format_exc, format_exception (chains, groups, notes, a
# failing __str__), extract_tb and its FrameSummary fields, format_list, the stack functions.
import traceback
import sys


def inner(x):
    return x["key"] + 1


def middle():
    return inner({"key": None})


try:
    middle()
except TypeError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text.splitlines()[-1])
    print(len(traceback.format_exc().splitlines()))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print("".join(lines), end="")
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    tb = traceback.extract_tb(e.__traceback__)
    for fs in tb:
        print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line), fs.colno, fs.end_colno)
        print(fs)
        print(list(fs))
    print(traceback.format_tb(e.__traceback__))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, str(te), te.__cause__.exc_type)
    print("".join(te.format(chain=False)), end="")
    print(list(te.format_exception_only()))
    traceback.print_exception(e, limit=0, file=sys.stdout)
    traceback.print_tb(e.__traceback__, file=sys.stdout)


def show_stack():
    traceback.print_stack(file=sys.stdout)
    print(len(traceback.extract_stack()))
    print(traceback.format_stack()[-1], end="")
    for fs in traceback.extract_stack(limit=1):
        print(fs.name, fs.line)


def caller():
    show_stack()


caller()


class MyError(Exception):
    def __str__(self):
        raise RuntimeError("no")


try:
    raise MyError()
except MyError:
    traceback.print_exc(file=sys.stdout)

e = KeyError("k")
e.add_note("a note\nsecond")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
print(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 4, "gn", None)]))
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)
try:
    traceback.print_last()
except ValueError as e:
    print(e)
fs = traceback.FrameSummary("nofile.py", 1, "f", line="  pass  ")
print(fs.line, fs == ("nofile.py", 1, "f", "pass"), len(fs))
ss = traceback.StackSummary.from_list([fs, ("a.py", 2, "g", "y")])
print(type(ss).__name__, ss.format())
print(traceback.format_exc())
s = "日本"
try:
    x = [s, s + 1]
except TypeError:
    traceback.print_exc(file=sys.stdout)
