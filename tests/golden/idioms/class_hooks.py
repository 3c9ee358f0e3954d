"""__init_subclass__ registries, __class_getitem__, __set_name__ descriptors, __slots__ and proxies."""


class Plugin:
    registry: dict[str, type] = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

    def run(self, data):
        raise NotImplementedError


class Upper(Plugin, name="upper", priority=2):
    def run(self, data):
        return data.upper()


class Reverse(Plugin, priority=1):
    def run(self, data):
        return data[::-1]


class Strip(Plugin):
    def run(self, data):
        return data.strip()


class Typed:
    """A descriptor that checks types and knows its attribute name."""

    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)


class Product:
    name = Typed(str, "?")
    price = Typed(float, 0.0)
    qty = Typed(int, 0)

    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty})"


class Box:
    def __class_getitem__(cls, item):
        name = getattr(item, "__name__", repr(item))
        return f"{cls.__name__}[{name}]"


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


def main():
    order = sorted(Plugin.registry.values(), key=lambda c: -c.priority)
    print("plugins:", [(c.plugin_name, c.priority) for c in order])
    text = "  hello plugins "
    for cls in order:
        text = cls().run(text)
        print(f"  after {cls.plugin_name:8}: {text!r}")

    p = Product("widget", 2.5, 4)
    print(p, Product.price.public, Product.qty.private, vars(p))
    try:
        p.qty = "many"
    except TypeError as e:
        print("  rejected:", e)

    print(Box[int], Box["x"], Box[list[int]])
    pt = Point(1, 2)
    try:
        pt.z = 3
    except AttributeError as e:
        print("  slots:", e)
    print("  slots:", Point.__slots__, hasattr(pt, "__dict__"))

    prod = Product("gadget", 9.0, 1)
    proxy = Proxy(prod)
    print("  via proxy:", proxy.name, proxy.price)
    proxy.qty = 7
    print("  log:", proxy._log, prod.qty)

    t = Temperature(25)
    print(f"  {t.celsius}C = {t.fahrenheit}F")
    t.celsius = -40
    print(f"  {t.celsius}C = {t.fahrenheit}F")
    try:
        t.fahrenheit = 1
    except AttributeError as e:
        print("  read-only:", e)
    try:
        del pt.x
        print(pt.x)
    except AttributeError as e:
        print("  deleted slot:", e)
    t.celsius = -300


main()
