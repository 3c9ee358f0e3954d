"""Descriptors with __set_name__ used for a small validated-record library."""


class Field:
    _counter = 0

    def __init__(self, *, default=None, required=True):
        self.default = default
        self.required = required
        Field._counter += 1
        self.order = Field._counter

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        value = self.validate(value)
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete field {self.public!r}")

    def validate(self, value):
        return value

    def __repr__(self):
        return f"{type(self).__name__}({self.public!r})"


class Integer(Field):
    def __init__(self, *, lo=None, hi=None, **kw):
        super().__init__(**kw)
        self.lo, self.hi = lo, hi

    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{self.public} must be int, got {type(value).__name__}")
        if self.lo is not None and value < self.lo:
            raise ValueError(f"{self.public}={value} below {self.lo}")
        if self.hi is not None and value > self.hi:
            raise ValueError(f"{self.public}={value} above {self.hi}")
        return value


class Text(Field):
    def __init__(self, *, maxlen=20, **kw):
        super().__init__(**kw)
        self.maxlen = maxlen

    def validate(self, value):
        value = str(value).strip()
        if len(value) > self.maxlen:
            raise ValueError(f"{self.public} too long ({len(value)} > {self.maxlen})")
        return value


class Computed:
    """A non-data descriptor: instance dict wins."""

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        print(f"  (computed {self.name})")
        return value


class Record:
    def __init__(self, **kwargs):
        for name in self._fields:
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif type(self).__dict__[name].required:
                raise TypeError(f"missing field {name!r}")
        if kwargs:
            raise TypeError(f"unknown fields: {', '.join(sorted(kwargs))}")

    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({inner})"


class Employee(Record):
    name = Text(maxlen=12)
    age = Integer(lo=16, hi=99)
    level = Integer(lo=1, hi=5, default=1, required=False)

    @Computed
    def badge(self):
        """Badge text."""
        return f"{self.name.upper()}-{self.level}"


print(Employee._fields, Employee.name, Employee.age.order < Employee.level.order)
print(Employee.badge.__doc__)
e = Employee(name="  Ada  ", age=36)
print(e, e.badge, e.badge)
e.level = 3
print(e.level, e.badge, "badge" in vars(e))
del e.__dict__["badge"]
print(e.badge)

for kwargs in ({"name": "Bob", "age": 12}, {"name": "Carol", "age": "40"},
               {"name": "Dan"}, {"name": "Eve", "age": 30, "salary": 1, "dept": 2},
               {"name": "Maximilian-Alexander", "age": 50}, {"name": "Fay", "age": True}):
    try:
        print(Employee(**kwargs))
    except (TypeError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")

try:
    del e.age
except AttributeError as exc:
    print("AttributeError:", exc)
print(sorted(k for k in vars(e)))
e.age = 100
