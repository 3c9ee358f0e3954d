# ABCMeta.register: virtual subclasses for isinstance/issubclass (also as a decorator and for
# built-in types), __subclasshook__, the inheritance-cycle refusal and registry inheritance.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Serializer(ABC):
    @abstractmethod
    def dump(self, obj): ...

    @classmethod
    def __subclasshook__(cls, other):
        if cls is Serializer and any("dump" in vars(k) for k in other.__mro__[:-1]):
            return True
        return NotImplemented


class JsonLike:
    def dump(self, obj):
        return repr(obj)


class Nothing:
    pass


print(issubclass(JsonLike, Serializer), isinstance(JsonLike(), Serializer), issubclass(Nothing, Serializer))


class Sequenceish(metaclass=ABCMeta):
    pass


r = Sequenceish.register(list)
print(r is list, isinstance([1], Sequenceish), issubclass(list, Sequenceish), isinstance((), Sequenceish))
print(Sequenceish.register(tuple) is tuple, isinstance((1,), Sequenceish), issubclass(bool, Sequenceish))


@Sequenceish.register
class Rope:
    def __len__(self):
        return 3


class SubRope(Rope):
    pass


print(Rope.__name__, isinstance(Rope(), Sequenceish), isinstance(SubRope(), Sequenceish))
print(Sequenceish in Rope.__mro__, type(Sequenceish).__name__, isinstance(Sequenceish, ABCMeta))


class Narrow(Sequenceish):
    pass


class Tiny:
    pass


Narrow.register(Tiny)
print(isinstance(Tiny(), Narrow), isinstance(Tiny(), Sequenceish), issubclass(Tiny, (int, Narrow)))
print(Sequenceish.register(Narrow) is Narrow, Narrow.register(Tiny) is Tiny)

for bad in [lambda: Narrow.register(3), lambda: Tiny.register, lambda: Narrow.register(Sequenceish)]:
    try:
        bad()
    except (TypeError, AttributeError, RuntimeError) as e:
        print(type(e).__name__, e)


class Base(ABC):
    pass


class Impl(Base):
    pass


print(isinstance(Impl(), Base), issubclass(Impl, Base), issubclass(int, Base), isinstance(3, Base))
print(Base.__abstractmethods__, sorted(Serializer.__abstractmethods__))
try:
    Nothing.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(Impl(), (int, Base)), issubclass(bool, (Base, int)))

for obj in [[1, 2], Rope(), Tiny(), 3]:
    match obj:
        case Narrow():
            print("narrow", type(obj).__name__)
        case Sequenceish():
            print("sequenceish", type(obj).__name__)
        case _:
            print("neither", type(obj).__name__)
