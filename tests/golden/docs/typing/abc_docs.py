# Library Reference: abc -- Abstract Base Classes, documented examples
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods


class MyABC(ABC):
    pass


MyABC.register(tuple)
assert issubclass(tuple, MyABC)
assert isinstance((), MyABC)
print(issubclass(tuple, MyABC), isinstance((), MyABC), issubclass(list, MyABC), type(MyABC).__name__)


class MyABC2(metaclass=ABCMeta):
    pass


@MyABC2.register
class Registered:
    pass


print(issubclass(Registered, MyABC2), isinstance(Registered(), MyABC2), Registered.__name__)


class Foo:
    def __getitem__(self, index):
        return [10, 20, 30][index]

    def __len__(self):
        return 3

    def get_iterator(self):
        return iter(self)


class MyIterable(ABC):

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    def get_iterator(self):
        return self.__iter__()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is MyIterable:
            if any("__iter__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


MyIterable.register(Foo)
print(issubclass(Foo, MyIterable), list(Foo().get_iterator()))


class HasIter:
    def __iter__(self):
        return iter('ab')


print(issubclass(HasIter, MyIterable), isinstance(HasIter(), MyIterable), issubclass(int, MyIterable))
try:
    MyIterable()
except TypeError as e:
    print('TypeError:', e)


class Concrete(MyIterable):
    def __iter__(self):
        yield from (1, 2)


print(list(Concrete().get_iterator()), list(super(Concrete, Concrete()).__iter__()))


# abstractmethod combined with other decorators
class C(ABC):
    @abstractmethod
    def my_abstract_method(self, arg1):
        ...

    @classmethod
    @abstractmethod
    def my_abstract_classmethod(cls, arg2):
        ...

    @staticmethod
    @abstractmethod
    def my_abstract_staticmethod(arg3):
        ...

    @property
    @abstractmethod
    def my_abstract_property(self):
        ...

    @my_abstract_property.setter
    @abstractmethod
    def my_abstract_property(self, val):
        ...

    @abstractmethod
    def _get_x(self):
        ...

    @abstractmethod
    def _set_x(self, val):
        ...

    x = property(_get_x, _set_x)


print(sorted(C.__abstractmethods__))
try:
    C()
except TypeError as e:
    print('TypeError:', e)
print(C.my_abstract_property.__isabstractmethod__, getattr(C.my_abstract_method, '__isabstractmethod__', False))


class Impl(C):
    def my_abstract_method(self, arg1):
        return ('method', arg1)

    @classmethod
    def my_abstract_classmethod(cls, arg2):
        return ('classmethod', cls.__name__, arg2)

    @staticmethod
    def my_abstract_staticmethod(arg3):
        return ('staticmethod', arg3)

    @property
    def my_abstract_property(self):
        return self._p

    @my_abstract_property.setter
    def my_abstract_property(self, val):
        self._p = val

    def _get_x(self):
        return 'x'

    def _set_x(self, val):
        pass

    x = property(_get_x, _set_x)


i = Impl()
i.my_abstract_property = 'prop'
print(i.my_abstract_method(1), Impl.my_abstract_classmethod(2), i.my_abstract_staticmethod(3),
      i.my_abstract_property, i.x, Impl.__abstractmethods__)


class Partial(C):
    def my_abstract_method(self, arg1):
        return arg1


print(sorted(Partial.__abstractmethods__))
try:
    Partial()
except TypeError as e:
    print('TypeError:', e)


# update_abstractmethods
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Sq(Shape):
    pass


print(sorted(Sq.__abstractmethods__))
Sq.area = lambda self: 4
update_abstractmethods(Sq)
print(sorted(Sq.__abstractmethods__), Sq().area())


# Calling an abstract method via super()
class Base(ABC):
    @abstractmethod
    def hello(self):
        return 'base hello'


class Child(Base):
    def hello(self):
        return 'child + ' + super().hello()


print(Child().hello(), isinstance(Child(), Base), Base.__subclasses__()[0].__name__ if hasattr(Base, '__subclasses__') else '')
