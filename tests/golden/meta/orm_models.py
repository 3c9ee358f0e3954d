"""A toy ORM: a metaclass collects Column descriptors in definition order, builds a table name,
validates rows on instantiation and lets model classes be iterated like tables."""


class Column:
    def __init__(self, kind, *, primary=False, default=None, nullable=False):
        self.kind, self.primary, self.default, self.nullable = kind, primary, default, nullable

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._values.get(self.name, self.default)

    def __set__(self, obj, value):
        if value is None and not self.nullable:
            raise ValueError(f"{self.name} may not be NULL")
        if value is not None and not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        obj._values[self.name] = value

    def ddl(self):
        parts = [self.name, {int: "INTEGER", str: "TEXT", float: "REAL", bool: "BOOLEAN"}[self.kind]]
        if self.primary:
            parts.append("PRIMARY KEY")
        if not self.nullable and not self.primary:
            parts.append("NOT NULL")
        if self.default is not None:
            parts.append(f"DEFAULT {self.default!r}")
        return " ".join(parts)


class ModelMeta(type):
    models = []

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {}

    def __new__(mcls, name, bases, ns, table=None, **kw):
        columns = {k: v for k, v in ns.items() if isinstance(v, Column)}
        for base in bases:
            for k, v in getattr(base, "_columns", {}).items():
                columns.setdefault(k, v)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls._columns = columns
        cls._table = table or name.lower() + "s"
        cls._rows = []
        if bases and columns and not ns.get("__abstract__"):
            keys = [c for c in columns.values() if c.primary]
            if len(keys) != 1:
                raise TypeError(f"{name} needs exactly one primary key, has {len(keys)}")
            mcls.models.append(cls)
        return cls

    def __call__(cls, **values):
        unknown = set(values) - set(cls._columns)
        if unknown:
            raise TypeError(f"{cls.__name__} has no column(s) {sorted(unknown)}")
        obj = super().__call__()
        obj._values = {}
        for name, col in cls._columns.items():
            setattr(obj, name, values.get(name, col.default))
        cls._rows.append(obj)
        return obj

    def __iter__(cls):
        return iter(cls._rows)

    def __len__(cls):
        return len(cls._rows)

    def __getitem__(cls, key):
        pk = next(n for n, c in cls._columns.items() if c.primary)
        for row in cls._rows:
            if getattr(row, pk) == key:
                return row
        raise KeyError(f"{cls.__name__}[{key!r}]")

    @property
    def ddl(cls):
        cols = ",\n  ".join(c.ddl() for c in cls._columns.values())
        return f"CREATE TABLE {cls._table} (\n  {cols}\n);"

    def __repr__(cls):
        return f"<model {cls.__name__} -> {cls._table}>"


class Model(metaclass=ModelMeta):
    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._columns)
        return f"{type(self).__name__}({inner})"


class Timestamped(Model):
    __abstract__ = True
    created = Column(int, default=0)


class User(Timestamped, table="app_users"):
    id = Column(int, primary=True)
    name = Column(str)
    email = Column(str, nullable=True)
    admin = Column(bool, default=False)


class Order(Model):
    id = Column(int, primary=True)
    user_id = Column(int)
    total = Column(float, default=0.0)


print(ModelMeta.models, User, type(User).__name__)
print(User.ddl)
print(Order.ddl)
User(id=1, name="ann", email="ann@x.org", created=1700)
User(id=2, name="bob", admin=True)
Order(id=10, user_id=1, total=99.5)
Order(id=11, user_id=2)
Order(id=12, user_id=1, total=12.25)
print(len(User), list(User), User[2].admin, User[1].email)
spend = {u.name: sum(o.total for o in Order if o.user_id == u.id) for u in User}
print(spend, [o.id for o in Order if o.total > 10])
for bad in [dict(id=3, name=None), dict(id="4", name="x"), dict(id=5, name="y", phone="1")]:
    try:
        User(**bad)
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(len(User), [u.id for u in User])
try:
    class Broken(Model):
        a = Column(int, primary=True)
        b = Column(int, primary=True)
except TypeError as e:
    print("TypeError:", e)
print(Order[99])
