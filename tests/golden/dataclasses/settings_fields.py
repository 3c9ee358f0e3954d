# Application settings: fields() introspection, nested dataclasses converted with asdict,
# kw_only dataclasses, InitVar-free defaults, the mutable-default error at class creation, and
# an async reload that merges overrides.
import asyncio
from dataclasses import MISSING, asdict, dataclass, field, fields


@dataclass
class Database:
    host: str = "localhost"
    port: int = 5432
    options: dict = field(default_factory=lambda: {"ssl": False})


@dataclass(kw_only=True)
class Settings:
    name: str
    debug: bool = False
    workers: int = 4
    db: Database = field(default_factory=Database)
    tags: list = field(default_factory=list, metadata={"env": "APP_TAGS"})

    def merged(self, overrides):
        data = asdict(self)
        for key, value in overrides.items():
            section, _, sub = key.partition(".")
            if sub:
                data[section][sub] = value
            else:
                data[section] = value
        db = Database(**data.pop("db"))
        return Settings(db=db, **data)


async def reload(settings, overrides, delay):
    for _ in range(delay):
        await asyncio.sleep(0)
    new = settings.merged(overrides)
    print(f"reloaded after {delay}: {new.name} workers={new.workers} db={new.db.host}:{new.db.port}")
    return new


async def main():
    base = Settings(name="api")
    print(base)
    for f in fields(Settings):
        default = "required" if f.default is MISSING and f.default_factory is MISSING else (
            "factory" if f.default is MISSING else repr(f.default))
        print(f"  {f.name}: {f.type.__name__} = {default} kw_only={f.kw_only} {dict(f.metadata)}")
    a, b = await asyncio.gather(reload(base, {"workers": 8, "db.port": 6543}, 2),
                                reload(base, {"db.host": "db.internal", "debug": True}, 1))
    print(asdict(a))
    print(b.db, base.db, a.db == base.db, a.db.options is base.db.options)
    try:
        Settings("positional")
    except TypeError as e:
        print("TypeError:", e)
    try:
        @dataclass
        class Bad:
            items: list = []
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
