# abc: abstract methods and properties block instances until overridden; a metaclass=ABCMeta
# plugin registry filled by __init_subclass__ with class keywords.
import asyncio
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class NamedSquare(Square):
    @property
    def name(self):
        return "square"


class Plugin(metaclass=ABCMeta):
    registry = []

    def __init_subclass__(cls, kind="generic", **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, kind))

    @abstractmethod
    async def run(self):
        ...


class Fetch(Plugin, kind="io"):
    async def run(self):
        await asyncio.sleep(0)
        return "fetched"


class Parse(Plugin):
    async def run(self):
        return "parsed"


for cls in (Shape, Square):
    try:
        cls(2) if cls is Square else cls()
    except TypeError as e:
        print(e)
print(NamedSquare(3).describe(), isinstance(NamedSquare(1), Shape))
print(Plugin.registry)


async def main():
    print(await asyncio.gather(Fetch().run(), Parse().run()))
    try:
        Plugin()
    except TypeError as e:
        print(e)


asyncio.run(main())
try:
    class Bad:
        pass

    class Worse(Bad, flavor=1):
        pass
except TypeError as e:
    print(e)
