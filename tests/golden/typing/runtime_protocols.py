# typing.Protocol with @runtime_checkable: isinstance checks members (data members too),
# issubclass only for method-only protocols, methods blocked with None, nominal subclasses,
# sub-protocols, and CPython's TypeErrors for non-runtime protocols and misuse.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def rename(self, new: str) -> None: ...


class Plain(Protocol):
    def run(self) -> None: ...


@runtime_checkable
class ClosableNamed(Closable, Named, Protocol):
    pass


class File:
    def __init__(self):
        self.name = "f"

    def close(self):
        print("closed", self.name)

    def rename(self, new):
        self.name = new


class Socket:
    def close(self):
        pass


class Blocked(File):
    close = None


class Impl(Closable):
    pass


class Runner:
    def run(self):
        pass


f, s = File(), Socket()
for obj in [f, s, Blocked(), Impl(), 3, "x"]:
    print(type(obj).__name__, isinstance(obj, Closable), isinstance(obj, Named), isinstance(obj, ClosableNamed))
print(issubclass(File, Closable), issubclass(Socket, Closable), issubclass(int, Closable), issubclass(Blocked, Closable))
print(issubclass(Impl, Closable), isinstance(Impl(), Closable), Impl.__mro__[1] is Closable)
print(type(Closable).__name__, Closable._is_protocol, Impl._is_protocol, Closable._is_runtime_protocol)
print(Closable.__parameters__, ClosableNamed._is_protocol, isinstance(f, (int, Closable)))

checks = [
    lambda: isinstance(Runner(), Plain),
    lambda: issubclass(Runner, Plain),
    lambda: issubclass(File, Named),
    lambda: issubclass(3, Closable),
    lambda: runtime_checkable(File),
    lambda: runtime_checkable(Impl),
    lambda: Closable(),
    lambda: ClosableNamed(),
]
for check in checks:
    try:
        print("ok", check())
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Impl(), Closable), Impl().close())
f.close()

for obj in [File(), Socket(), Runner(), 5]:
    match obj:
        case ClosableNamed():
            print("closable and named", obj.name)
        case Closable():
            print("closable", type(obj).__name__)
        case _:
            print("other", type(obj).__name__)
