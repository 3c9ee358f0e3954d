# Argument-checking decorators with arguments applied to plain methods, classmethods and
# staticmethods (decorator order matters), a property-style caching decorator written as a
# descriptor, and decorators that return the function unchanged after registering it.
import functools

ROUTES = {}


def route(path):
    def register(fn):
        ROUTES[path] = fn.__qualname__
        return fn
    return register


def accepts(*types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            check = args[-len(types):] if types else ()
            for i, (a, t) in enumerate(zip(check, types)):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: argument {i} must be {t.__name__}, not {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco


class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        print(f"  computed {self.name}")
        return value


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @accepts(int)
    def warmer(self, delta):
        return Temperature(self.celsius + delta)

    @classmethod
    @accepts(float)
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @staticmethod
    @route("/convert")
    @accepts(str, float)
    def describe(unit, value):
        return f"{value:.1f}{unit}"

    @lazy
    def kelvin(self):
        return self.celsius + 273.15

    @route("/repr")
    def __repr__(self):
        return f"Temperature({self.celsius})"


t = Temperature(20)
print(t.warmer(5), Temperature.from_fahrenheit(98.6), Temperature.describe("C", 21.456))
print(t.kelvin, t.kelvin, vars(t), type(Temperature.__dict__["kelvin"]).__name__)
for call in [lambda: t.warmer(2.5), lambda: Temperature.from_fahrenheit(100), lambda: t.describe(1, 2.0)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(ROUTES, Temperature.warmer.__name__, Temperature.from_fahrenheit.__func__.__name__)
print(isinstance(Temperature.__dict__["from_fahrenheit"], classmethod), Temperature.describe.__wrapped__.__name__)
