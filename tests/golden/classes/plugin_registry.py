"""Plugin registry: class decorators, __init_subclass__ hooks, ABC.register, runtime protocols and duck-typing checks."""
from abc import ABC, abstractmethod
from typing import Any, Callable, ClassVar, Protocol, runtime_checkable, Type


@runtime_checkable
class Exporter(Protocol):
    def export(self, rows: list[dict[str, Any]]) -> str: ...


class Plugin(ABC):
    registry: ClassVar[dict[str, Type["Plugin"]]] = {}
    priority: ClassVar[int] = 50

    def __init_subclass__(cls, /, name: str | None = None, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        if not getattr(cls, "__abstractmethods__", None):
            Plugin.registry[name or cls.__name__.lower()] = cls

    @abstractmethod
    def export(self, rows: list[dict[str, Any]]) -> str: ...

    def describe(self) -> str:
        kind = type(self).__name__
        return f"{kind}(priority={self.priority})"


def capabilities(obj: object) -> list[str]:
    """What can this object do? (used by the registry's `info` command)"""
    checks = ["__len__", "__iter__", "__call__", "__enter__", "__eq__", "__hash__", "__repr__", "__str__"]
    return [c.strip("_") for c in checks if hasattr(obj, c)]


def hooks(*names: str) -> Callable[[type], type]:
    def deco(cls: type) -> type:
        cls.hooks = tuple(names)
        return cls
    return deco


@hooks("pre", "post")
class CsvExporter(Plugin, name="csv"):
    priority = 10
    sep = ","

    def export(self, rows):
        cols = list(rows[0])
        return "\n".join([self.sep.join(cols)] + [self.sep.join(str(r[c]) for c in cols) for r in rows])


class TsvExporter(CsvExporter, name="tsv"):
    sep = "\t"


class JsonishExporter(Plugin):
    def export(self, rows):
        return "[" + ", ".join("{" + ", ".join(f'"{k}": {v!r}' for k, v in r.items()) + "}" for r in rows) + "]"

    def __len__(self) -> int:
        return 1


class PartialPlugin(Plugin):
    """Has no export(): stays abstract and is not registered."""


class LegacyWriter:
    """Old-style exporter that does not inherit from Plugin."""
    def export(self, rows):
        return f"{len(rows)} rows"

    def __call__(self, rows):
        return self.export(rows)


Plugin.register(LegacyWriter)
rows = [{"id": 1, "name": "ann", "score": 9.5}, {"id": 2, "name": "bob", "score": 7.25}]
print(sorted(Plugin.registry), [c.__name__ for c in Plugin.registry.values()])
for name, cls in sorted(Plugin.registry.items(), key=lambda kv: (kv[1].priority, kv[0])):
    plugin = cls()
    print(f"--- {name}: {plugin.describe()} hooks={getattr(plugin, 'hooks', ())}")
    print(plugin.export(rows))
legacy = LegacyWriter()
print(isinstance(legacy, Plugin), issubclass(LegacyWriter, Plugin), isinstance(legacy, Exporter), legacy(rows))
print(isinstance(3, Exporter), isinstance(TsvExporter(), Exporter), PartialPlugin.__abstractmethods__)
print(TsvExporter.__mro__[1].__name__, TsvExporter.hooks, TsvExporter.priority, TsvExporter.sep == "\t")
for obj in [CsvExporter(), JsonishExporter(), legacy, rows, "text", 42, len]:
    print(f"{type(obj).__name__:<16} {capabilities(obj)}")
print(callable(getattr(legacy, "__str__", None)), str(legacy).startswith("<__main__.LegacyWriter object"))
try:
    PartialPlugin()
except TypeError as e:
    print("TypeError:", e)
Plugin.registry["csv"]().export([])
