# Errors inside the methods @dataclass generates show CPython's frames for them: the
# exec'd functions' `File "<string>", line N, in __init__` (no source line), and the
# _recursive_repr wrapper of __repr__. Each error is raised while handling the one before.
from dataclasses import dataclass, field


def failing_factory():
    raise KeyError("factory")


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")


@dataclass
class Validated:
    low: int
    high: int
    note: str = field(default="", init=False)
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.low > self.high:
            raise ValueError(f"low {self.low} > high {self.high}")


@dataclass
class WithFactory:
    a: int
    b: list = field(default_factory=failing_factory)


@dataclass(frozen=True)
class Point:
    x: object
    y: object


@dataclass(order=True)
class Version:
    major: object
    minor: int = 0


@dataclass
class Holder:
    item: object


v = Validated(1, 2)
print(v, vars(v))
try:
    Validated(5, 1)
except ValueError:
    try:
        WithFactory(1)
    except KeyError:
        try:
            hash(Point([1], 2))
        except TypeError:
            try:
                Point(1, 2).x = 3
            except AttributeError:
                try:
                    del Point(1, 2).y
                except AttributeError:
                    try:
                        Version(1) < Version("a")
                    except TypeError:
                        try:
                            print(Holder(BadRepr()))
                        except RuntimeError:
                            Version(1) == Version(BadRepr())
                            Validated(3, 0)
