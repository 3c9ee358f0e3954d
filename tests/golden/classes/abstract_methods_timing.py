# ABCMeta sets __abstractmethods__ after type.__new__ ran __init_subclass__: the hook does not see it.
from abc import ABC, abstractmethod


class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print(cls.__name__, getattr(cls, "__abstractmethods__", None))
        Plugin.registry.append(cls.__name__)

    @abstractmethod
    def run(self):
        ...


class Partial(Plugin):
    pass


class Full(Plugin):
    def run(self):
        return 1


print(Plugin.registry, sorted(Partial.__abstractmethods__), Full.__abstractmethods__, sorted(Plugin.__abstractmethods__))
try:
    Partial()
except TypeError as e:
    print(e)
print(Full().run())
