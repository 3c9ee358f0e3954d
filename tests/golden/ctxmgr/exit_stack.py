"""A hand-written ExitStack and @contextmanager clone, used to manage nested resources."""
import sys
from functools import wraps


class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return GeneratorCM(func(*args, **kwds))
    return helper


class ExitStack:
    def __init__(self):
        self._callbacks = []

    def enter_context(self, cm):
        result = cm.__enter__()
        self._callbacks.append(cm.__exit__)
        return result

    def callback(self, fn, *args):
        def _exit(typ, val, tb):
            fn(*args)
        self._callbacks.append(_exit)
        return fn

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        suppressed = False
        pending = exc if exc[0] is not None else (None, None, None)
        while self._callbacks:
            cb = self._callbacks.pop()
            try:
                if cb(*pending):
                    suppressed = True
                    pending = (None, None, None)
            except BaseException as new:
                pending = (type(new), new, new.__traceback__)
        if pending[1] is not None and pending[1] is not exc[1]:
            raise pending[1]
        return suppressed and exc[0] is not None


events = []


@contextmanager
def resource(name, fail_on_exit=False, swallow=False):
    events.append(f"open {name}")
    try:
        yield name.upper()
    except Exception as e:
        events.append(f"{name} saw {type(e).__name__}")
        if not swallow:
            raise
    finally:
        events.append(f"close {name}")
        if fail_on_exit:
            raise OSError(f"{name} failed to close")


with resource("db") as a, resource("cache") as b:
    events.append(f"using {a}+{b}")
print(events)

events.clear()
with ExitStack() as stack:
    handles = [stack.enter_context(resource(n)) for n in ("f1", "f2", "f3")]
    stack.callback(events.append, "callback ran")
    events.append(f"handles {handles}")
print(events)

events.clear()
with ExitStack() as stack:
    stack.enter_context(resource("outer", swallow=True))
    stack.enter_context(resource("inner"))
    raise ValueError("boom")
print("suppressed by outer:", events)

events.clear()
try:
    with resource("net", fail_on_exit=True):
        raise KeyError("k")
except OSError as e:
    print("OSError:", e, "| context:", repr(e.__context__), events)

events.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(resource("a1"))
        stack.enter_context(resource("a2", fail_on_exit=True))
        events.append("body done")
except OSError as e:
    print("from stack:", e, events)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


class Indent:
    level = 0

    def __enter__(self):
        Indent.level += 1
        return self

    def __exit__(self, *a):
        Indent.level -= 1

    def say(self, text):
        print("    " * Indent.level + text)


with Indent() as i:
    i.say("level one")
    with Indent():
        i.say("level two")
        with Indent(), Indent():
            i.say("level four")
    i.say("back to one")
print("level now", Indent.level)
sys.stdout.flush()
with resource("final", fail_on_exit=True):
    raise LookupError("original problem")
