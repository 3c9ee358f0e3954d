class Record:
    def __init__(self, **fields):
        self.__dict__["_data"] = dict(fields)
        self.__dict__["_log"] = []

    def __getattr__(self, name):
        self._log.append(f"get {name}")
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None

    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._data[name] = value

    def __delattr__(self, name):
        self._log.append(f"del {name}")
        del self._data[name]

    def __contains__(self, name):
        return name in self._data

    def __iter__(self):
        return iter(self._data.items())

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return bool(self._data)

    def __call__(self, **changes):
        new = Record(**self._data)
        for k, v in changes.items():
            setattr(new, k, v)
        return new

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


r = Record(name="ada", age=36)
print(r.name, r.age, getattr(r, "email", "n/a"), hasattr(r, "email"), "name" in r, len(r))
r.email = "ada@example.com"
del r.age
print(dict(r), r._log)
r2 = r(name="grace")
print(dict(r2), dict(r), bool(Record()), bool(r))
print(Record[int], Record.__name__, callable(r), type(r).__qualname__)
try:
    r._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e, e.__suppress_context__)


class Lazy:
    def __getattribute__(self, name):
        if name == "computed":
            return "intercepted"
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback:{name}"


lz = Lazy()
lz.real = 5
print(lz.real, lz.computed, lz.other, getattr(lz, "x"))


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 10


a, b = Counter(), Counter()
print(a.count, b.count, Counter.count, vars(a))
del a.count
print(a.count)
Counter.count = "reset"
print(a.count, b.count)
print(r.nothing)
