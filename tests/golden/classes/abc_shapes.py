# abc.ABC with abstract methods and properties; instantiating an incomplete class raises TypeError.
import abc
from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def read(self, key): ...

    @abstractmethod
    def write(self, key, value): ...

    @property
    @abstractmethod
    def kind(self): ...

    def copy_to(self, other, keys):
        for k in keys:
            other.write(k, self.read(k))
        return other


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def read(self, key):
        return self.data.get(key)

    def write(self, key, value):
        self.data[key] = value

    @property
    def kind(self):
        return "memory"


class HalfStorage(Storage):
    def read(self, key):
        return None


class LoggedStorage(MemoryStorage):
    def write(self, key, value):
        print(f"  log write {key}={value!r}")
        super().write(key, value)

    @property
    def kind(self):
        return "logged-" + super().kind


class Plugin(metaclass=abc.ABCMeta):
    @classmethod
    @abstractmethod
    def create(cls): ...


for cls in [Storage, HalfStorage, MemoryStorage, LoggedStorage, Plugin]:
    try:
        obj = cls()
        print(cls.__name__, "ok", obj.kind if isinstance(obj, Storage) else "")
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)

print(sorted(Storage.__abstractmethods__), sorted(HalfStorage.__abstractmethods__))
print(MemoryStorage.__abstractmethods__, isinstance(Storage, abc.ABCMeta), type(Plugin).__name__)

src = MemoryStorage()
for i, key in enumerate(["a", "b", "c"]):
    src.write(key, i * i)
dst = src.copy_to(LoggedStorage(), ["c", "a", "zz"])
print(dst.data, dst.kind)


class Registered:
    def read(self, key):
        return key * 2


Storage.register(Registered)
print(isinstance(Registered(), Storage), issubclass(Registered, Storage), issubclass(dict, Storage))
print(isinstance(dst, Storage), issubclass(LoggedStorage, MemoryStorage))


class Tool(Plugin):
    @classmethod
    def create(cls):
        return cls()


print(type(Tool.create()).__name__, Tool.__abstractmethods__ == frozenset())
