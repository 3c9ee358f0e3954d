# Metaclasses of the script: a class statement calls the most derived metaclass with the name,
# the bases and the namespace __prepare__ made (__module__ and __qualname__ first); its __new__
# reaches type.__new__ through super(); __init__ follows; the metaclass's __call__ runs for
# C(...), its methods and properties are attributes of its classes, and its __repr__, __len__,
# __iter__, __getitem__, __contains__ and __bool__ serve the classes.


class Tracing(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"prepare {name} bases={[b.__name__ for b in bases]} kw={kw}")
        return {"created_by": mcls.__name__}

    def __new__(mcls, name, bases, ns, **kw):
        print(f"new {mcls.__name__} {name} keys={list(ns)}")
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print(f"init {name} {type(cls).__name__} {sorted(kw)}")
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print(f"call {cls.__name__}{args}")
        instance = super().__call__(*args, **kwargs)
        instance.made_by_meta = True
        return instance

    def describe(cls):
        return f"{cls.__qualname__} with {sorted(vars(cls))[:3]}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Base(metaclass=Tracing, color="red"):
    """A documented base."""

    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"{type(self).__name__}({self.x})"


class Child(Base, color="blue", size=3):
    pass


b = Child(5)
print(b, b.made_by_meta, Child.options, Base.options, Child.created_by)
print(type(Child) is Tracing, isinstance(Child, Tracing), isinstance(Child, type), type(b).__name__)
print(Child.describe(), Child.upper_name, Base.__doc__, Child.__mro__[1].__name__)
print(Tracing.__mro__, Tracing.__bases__, type(Tracing))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("  Config.__init__", name)
        self.name = name


first, second = Config("prod"), Config("test")
print(first is second, second.name, len(Singleton._instances))


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.classes.append(cls)
        return cls

    def __iter__(cls):
        return iter([c for c in Registry.classes if issubclass(c, cls) and c is not cls])

    def __len__(cls):
        return sum(1 for _ in cls)

    def __getitem__(cls, name):
        for c in cls:
            if c.__name__.lower() == name:
                return c
        raise KeyError(name)

    def __contains__(cls, name):
        return any(c.__name__.lower() == name for c in cls)

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"


class Plugin(metaclass=Registry):
    pass


class Csv(Plugin):
    pass


class Json(Plugin):
    pass


class Empty(metaclass=Registry):
    pass


print(list(Plugin), len(Plugin), Plugin["json"], "csv" in Plugin, "xml" in Plugin, bool(Empty), str(Csv))
print(sorted(Plugin, key=lambda c: c.__name__), [c.__name__ for c in Registry.classes])


def upper_attrs(name, bases, ns):
    return type(name, bases, {k if k.startswith("__") else k.upper(): v for k, v in ns.items()})


class Shouting(metaclass=upper_attrs):
    greeting = "hi"


print(Shouting.GREETING, hasattr(Shouting, "greeting"), type(Shouting) is type)
Dynamic = Registry("Dynamic", (Plugin,), {"kind": "made by a call"})
print(Dynamic, Dynamic.kind, len(Plugin), Dynamic.__qualname__)


class Other(type):
    pass


class Mixed(metaclass=Other):
    pass


try:
    class Bad(Plugin, Mixed):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Plugin["yaml"]
except KeyError as e:
    print("KeyError:", e)
print(Plugin.missing_attribute)
