# ExitStack: callbacks last in first out, enter_context, push of an __exit__ that suppresses,
# pop_all, close, exceptions raised by callbacks (their __context__ as nested with statements
# make it), and objects that are not context managers.
from contextlib import ExitStack, closing, nullcontext, suppress


class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress


with ExitStack() as stack:
    a = stack.enter_context(Res("a"))
    b = stack.enter_context(Res("b"))
    stack.callback(print, "callback", 1, end="!\n")
    print("body", a.name, b.name)

with ExitStack() as stack:
    stack.enter_context(Res("outer", suppress=True))
    stack.enter_context(Res("inner"))
    raise KeyError("suppressed by outer")
print("after suppression")

with ExitStack() as stack:
    stack.callback(print, "never?")
    moved = stack.pop_all()
print("popped; now closing")
moved.close()


def failing(msg):
    raise ValueError(msg)


try:
    with ExitStack() as stack:
        stack.callback(failing, "second")
        stack.callback(failing, "first")
        raise KeyError("body")
except ValueError as e:
    print("raised:", e, "context:", repr(e.__context__), "its context:", repr(e.__context__.__context__))


@ExitStack().push
def exit_fn(typ, value, tb):
    print("exit_fn saw", typ)
    return True


with ExitStack() as s:
    s.push(exit_fn)
    1 / 0
print("exit_fn suppressed")

try:
    with ExitStack() as s:
        s.enter_context(object())
except TypeError as e:
    print("TypeError:", e)


class Closeable:
    def close(self):
        print("closed")


with closing(Closeable()) as c:
    print("using", type(c).__name__)
with suppress(KeyError, IndexError):
    [][0]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print(e)
with nullcontext(42) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)
