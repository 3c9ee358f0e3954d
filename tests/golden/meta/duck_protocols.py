"""Structural interfaces in the style of collections.abc: ABCs with __subclasshook__
that walk the MRO looking for methods, plus explicit register() calls."""
from abc import ABC, abstractmethod


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class Closeable(ABC):
    __slots__ = ()

    @abstractmethod
    def close(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return _check_methods(C, "close")
        return NotImplemented


class Flushable(ABC):
    @abstractmethod
    def flush(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Flushable:
            return _check_methods(C, "flush")
        return NotImplemented


class Sink(Closeable, Flushable):
    """A full sink: must write, flush and close."""

    @abstractmethod
    def write(self, data):
        ...


class FileLike:
    def __init__(self, name):
        self.name, self.buffer, self.closed = name, [], False

    def write(self, data):
        self.buffer.append(data)

    def flush(self):
        out, self.buffer = "".join(self.buffer), []
        return out

    def close(self):
        self.closed = True


class Socketish:
    def close(self):
        return "socket closed"


class NoClose(FileLike):
    close = None


class Memory(Sink):
    def __init__(self):
        self.data = []

    def write(self, data):
        self.data.append(data)

    def flush(self):
        return len(self.data)

    def close(self):
        self.data.clear()


class Legacy:
    def shutdown(self):
        return "legacy shutdown"


Closeable.register(Legacy)

candidates = [FileLike("f"), Socketish(), NoClose("n"), Memory(), Legacy(), "text", 42]
for obj in candidates:
    kind = type(obj).__name__
    print(f"{kind:>9}: closeable={isinstance(obj, Closeable)!s:5} flushable={isinstance(obj, Flushable)!s:5} "
          f"sink={isinstance(obj, Sink)}")

print(issubclass(FileLike, Closeable), issubclass(NoClose, Closeable), issubclass(Legacy, Closeable))
print(issubclass(Memory, Sink), issubclass(FileLike, Sink), Sink.__abstractmethods__ == {"write", "flush", "close"})


def close_all(objs):
    closed = []
    for o in objs:
        if isinstance(o, Flushable):
            o.flush()
        if isinstance(o, Closeable):
            result = o.close() if hasattr(o, "close") else o.shutdown()
            closed.append((type(o).__name__, result))
    return closed


print(close_all(candidates))
try:
    Sink()
except TypeError as e:
    print("TypeError:", e)


class HalfSink(Sink):
    def write(self, data):
        pass


try:
    HalfSink()
except TypeError as e:
    print("TypeError:", e)
print([name for name in ("write", "flush", "close") if name in Memory.__dict__])
print([B.__name__ for B in Memory.__mro__])
