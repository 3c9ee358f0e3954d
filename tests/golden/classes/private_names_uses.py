# Mangled private names in __slots__, dataclass fields, nested classes, class patterns and
# subclasses; reading one from outside the class fails as in CPython.
from dataclasses import dataclass


class Account:
    __slots__ = ("owner", "__balance")

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def deposit(self, amount):
        self.__balance += amount
        return self.__balance


acct = Account("ann", 10)
print(acct.deposit(5), acct._Account__balance, Account.__slots__)
try:
    print(acct.__balance)
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    __count = 0

    @classmethod
    def bump(cls):
        cls.__count += 1
        return cls.__count

    @staticmethod
    def __helper(x):
        return x * 2

    def use(self):
        return Counter.__helper(21), [self.__helper(i) for i in range(2)], (lambda: self.__count)()


print(Counter.bump(), Counter.bump(), Counter().use(), "_Counter__count" in vars(Counter))


@dataclass
class Point:
    x: int
    __secret: int = 0

    def reveal(self):
        return self.__secret


p = Point(1, _Point__secret=5)
print(p, p.reveal())


class Outer:
    class __Hidden:
        def __val(self):
            return "hidden"

        def get(self):
            return self.__val()

    def make(self):
        return self.__Hidden().get(), type(self.__Hidden()).__name__, type(self.__Hidden()).__qualname__


print(Outer().make(), hasattr(Outer, "_Outer__Hidden"))


class ___:
    def f(self):
        self.__x = 1
        return vars(self)


print(___().f())
match Point(2, 3):
    case Point(x=__cap):
        pass
print(__cap)


class Base:
    def __init__(self):
        self.__id = "base"


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__id = "child"


print(sorted(vars(Child()).items()))
try:
    print(p.__secret)
except AttributeError as e:
    print("AttributeError:", e)
