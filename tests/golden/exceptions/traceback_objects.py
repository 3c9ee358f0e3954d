# e.__traceback__ as CPython's chain of traceback objects (outermost first, tb_lineno and
# tb_next), with_traceback() and assigning __traceback__ to move or drop entries.
def inner():
    raise ValueError("deep")


def middle():
    inner()


def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


try:
    middle()
except ValueError as e:
    print(type(e.__traceback__).__name__, lines(e.__traceback__))
    saved = e.__traceback__

print(ValueError("fresh").__traceback__)
e2 = RuntimeError("moved").with_traceback(saved.tb_next)
try:
    raise e2
except RuntimeError as r:
    print(lines(r.__traceback__))
    r.__traceback__ = None
    print(r.__traceback__)
try:
    KeyError("k").with_traceback(42)
except TypeError as t:
    print(t)


def relay():
    try:
        middle()
    except ValueError as exc:
        raise TypeError("relayed").with_traceback(exc.__traceback__)


relay()
