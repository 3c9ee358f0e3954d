"""A plugin registry built on __init_subclass__ hooks (variant without the metaclass)."""


class RegistryMeta:
    """Registry without a metaclass: hooks live in a common base class."""
    registries = {}


class PluginBase:
    def __init_subclass__(cls, *, kind=None, **kw):
        super().__init_subclass__(**kw)
        ns = cls.__dict__
        if kind is not None:
            RegistryMeta.registries.setdefault(kind, {})
            cls.kind = kind
        else:
            kind = getattr(cls, "kind", None)
            if kind is not None and not ns.get("abstract", False):
                RegistryMeta.registries[kind][cls.__name__.lower()] = cls

    def __new__(cls, *args, **kwargs):
        if getattr(cls, "abstract", False) and "abstract" in cls.__dict__:
            raise TypeError(f"cannot instantiate abstract plugin {cls.__name__}")
        inst = super().__new__(cls)
        inst.created_by = "RegistryMeta"
        return inst

    @classmethod
    def count(cls):
        return len(RegistryMeta.registries.get(getattr(cls, "kind", None), {}))


class Exporter(PluginBase, kind="exporter"):
    abstract = True
    priority = 0

    def __init_subclass__(cls, priority=10, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.priority = priority
        print(f"  init_subclass {cls.__name__} priority={priority}")

    def export(self, rows):
        raise NotImplementedError


class CsvExporter(Exporter, priority=5):
    def export(self, rows):
        return "\n".join(",".join(str(c) for c in r) for r in rows)


class TsvExporter(CsvExporter):
    def export(self, rows):
        return super().export(rows).replace(",", "\t")


class MarkdownExporter(Exporter, priority=1):
    def export(self, rows):
        head, *body = rows
        lines = ["| " + " | ".join(map(str, head)) + " |"]
        lines.append("|" + "---|" * len(head))
        lines += ["| " + " | ".join(map(str, r)) + " |" for r in body]
        return "\n".join(lines)


class BaseImporter(PluginBase, kind="importer"):
    abstract = True


class JsonishImporter(BaseImporter):
    def load(self, text):
        return [part.split("=") for part in text.split(";")]


print("registries:", {k: sorted(v) for k, v in RegistryMeta.registries.items()})
print("exporters:", Exporter.count(), "importers:", BaseImporter.count())
print(CsvExporter.__qualname__, TsvExporter.__qualname__)
print(type(Exporter).__name__, type(CsvExporter) is type)
print("mro:", [c.__name__ for c in TsvExporter.__mro__])

rows = [("name", "qty"), ("apple", 3), ("pear", 11)]
for name, cls in sorted(RegistryMeta.registries["exporter"].items(),
                        key=lambda kv: (kv[1].priority, kv[0])):
    exp = cls()
    print(f"== {name} (priority {cls.priority}, made by {exp.created_by})")
    print(exp.export(rows))

imp = RegistryMeta.registries["importer"]["jsonishimporter"]()
print(imp.load("a=1;b=2"))
print("TsvExporter.priority inherited:", TsvExporter.priority)
print("isinstance:", isinstance(TsvExporter(), Exporter), issubclass(TsvExporter, CsvExporter))

try:
    Exporter()
except TypeError as e:
    print("error:", e)


def lookup(kind, name):
    try:
        return RegistryMeta.registries[kind][name]
    except KeyError:
        raise LookupError(f"no {kind} named {name!r}") from None


print(lookup("exporter", "csvexporter").__name__)
lookup("exporter", "xml")
