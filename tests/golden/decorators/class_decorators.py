import functools


def singleton(cls):
    instances = {}

    @functools.wraps(cls)
    def get(*args, **kw):
        if cls not in instances:
            instances[cls] = cls(*args, **kw)
        return instances[cls]
    return get


def add_repr(cls):
    fields = cls.FIELDS

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls


def counted(method):
    @functools.wraps(method)
    def wrapper(self, *a, **k):
        wrapper.calls += 1
        return method(self, *a, **k)
    wrapper.calls = 0
    return wrapper


@singleton
class Settings:
    def __init__(self, env="dev"):
        self.env = env


@add_repr
class User:
    FIELDS = ("name", "age")

    def __init__(self, name, age):
        self.name, self.age = name, age

    @counted
    def greet(self, other="world"):
        return f"{self.name} greets {other}"

    @property
    @functools.cache
    def slug(self):
        print("  computing slug")
        return self.name.lower().replace(" ", "-")

    @functools.cached_property
    def initials(self):
        print("  computing initials")
        return "".join(w[0] for w in self.name.split())


s1, s2 = Settings("prod"), Settings("test")
print(s1 is s2, s1.env, Settings.__name__)
u = User("Ada Lovelace", 36)
print(u, u.greet(), u.greet(other="Bob"), User.greet.calls, User.greet.__name__)
print(u.slug, u.slug, u.initials, u.initials, "initials" in vars(u))
del u.initials
print(u.initials)


class Plugin:
    registry = {}

    @classmethod
    def register(cls, name):
        def deco(sub):
            cls.registry[name] = sub
            return sub
        return deco


@Plugin.register("csv")
class CsvPlugin(Plugin):
    pass


@Plugin.register("json")
class JsonPlugin(Plugin):
    pass


print({k: v.__name__ for k, v in Plugin.registry.items()})
print(User("x", 1).greet.__qualname__, counted.__name__)
User.greet()
