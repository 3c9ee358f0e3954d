class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)


class LoggedAccess:
    def __get__(self, obj, objtype=None):
        print(f"  get via {objtype.__name__}, obj is None: {obj is None}")
        return 42


class Product:
    name = Typed(str, "?")
    price = Typed(int, 0)
    answer = LoggedAccess()
    _count = 0

    def __init__(self, name, price):
        self.name = name
        self.price = price
        Product._count += 1

    @property
    def label(self):
        return f"{self.name}@{self.price}"

    @label.setter
    def label(self, text):
        n, _, p = text.partition("@")
        self.name, self.price = n, int(p)

    @label.deleter
    def label(self):
        print("  deleting label")
        del self._name

    @staticmethod
    def parse(text):
        p = Product("x", 0)
        p.label = text
        return p

    @classmethod
    def count(cls):
        return cls._count


p = Product("pen", 3)
print(p.label, vars(p), Product.name.name, Product.price.kind.__name__)
p.label = "ink@7"
print(p.name, p.price, p.answer, Product.answer)
q = Product.parse("cap@11")
print(q.label, Product.count(), p.count())
del p.label
print(p.name, p.label)
try:
    p.price = "12"
except TypeError as e:
    print("TypeError:", e)
try:
    Product.label.fset(p, "noprice")
except ValueError as e:
    print("ValueError:", e)
print(type(Product.__dict__["label"]).__name__, Product.label.__doc__, isinstance(Product.__dict__["parse"], staticmethod))
p.__dict__["answer"] = "shadow"
print(p.answer)
del p.answer
