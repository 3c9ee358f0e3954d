# Descriptor HowTo Guide (linked from property()/classmethod()/staticmethod()): primer and pure-Python
# equivalents (logging replaced by print)
from abc import ABC, abstractmethod


class Ten:
    def __get__(self, obj, objtype=None):
        return 10


class A:
    x = 5                       # Regular class attribute
    y = Ten()                   # Descriptor instance


a = A()
print(a.x, a.y, A.y)


class Directory:
    size = property(lambda self: len(self.files))

    def __init__(self, files):
        self.files = files


class DirectorySize:
    def __get__(self, obj, objtype=None):
        return len(obj.files)


class Directory2:
    size = DirectorySize()

    def __init__(self, files):
        self.files = files


s = Directory2(['a', 'b', 'c'])
g = Directory2(['x'])
print(s.size, g.size)
s.files.append('d')
print(s.size, Directory(['1', '2']).size)


class LoggedAgeAccess:
    def __get__(self, obj, objtype=None):
        value = obj._age
        print('INFO:Accessing %r giving %r' % ('age', value))
        return value

    def __set__(self, obj, value):
        print('INFO:Updating %r to %r' % ('age', value))
        obj._age = value


class Person:
    age = LoggedAgeAccess()             # Descriptor instance

    def __init__(self, name, age):
        self.name = name                # Regular instance attribute
        self.age = age                  # Calls __set__()

    def birthday(self):
        self.age += 1                   # Calls both __get__() and __set__()


mary = Person('Mary M', 30)
dave = Person('David D', 40)
print(vars(mary))
print(vars(dave))
print(mary.age)
mary.birthday()
print(dave.name, dave.age)


class LoggedAccess:
    def __set_name__(self, owner, name):
        self.public_name = name
        self.private_name = '_' + name

    def __get__(self, obj, objtype=None):
        value = getattr(obj, self.private_name)
        print('INFO:Accessing %r giving %r' % (self.public_name, value))
        return value

    def __set__(self, obj, value):
        print('INFO:Updating %r to %r' % (self.public_name, value))
        setattr(obj, self.private_name, value)


class Person2:
    name = LoggedAccess()                # First descriptor instance
    age = LoggedAccess()                 # Second descriptor instance

    def __init__(self, name, age):
        self.name = name                 # Calls the first descriptor
        self.age = age                   # Calls the second descriptor

    def birthday(self):
        self.age += 1


print(vars(vars(Person2)['name']))
print(vars(vars(Person2)['age']))
pete = Person2('Peter P', 10)
kate = Person2('Catherine C', 20)
print(vars(pete), vars(kate))


# Complete Practical Example: validators
class Validator(ABC):
    def __set_name__(self, owner, name):
        self.private_name = '_' + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.private_name)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private_name, value)

    @abstractmethod
    def validate(self, value):
        pass


class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f'Expected {value!r} to be one of {sorted(self.options)!r}')


class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue = minvalue
        self.maxvalue = maxvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f'Expected {value!r} to be an int or float')
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f'Expected {value!r} to be at least {self.minvalue!r}')
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f'Expected {value!r} to be no more than {self.maxvalue!r}')


class String(Validator):
    def __init__(self, minsize=None, maxsize=None, predicate=None):
        self.minsize = minsize
        self.maxsize = maxsize
        self.predicate = predicate

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f'Expected {value!r} to be an str')
        if self.minsize is not None and len(value) < self.minsize:
            raise ValueError(f'Expected {value!r} to be no smaller than {self.minsize!r}')
        if self.maxsize is not None and len(value) > self.maxsize:
            raise ValueError(f'Expected {value!r} to be no bigger than {self.maxsize!r}')
        if self.predicate is not None and not self.predicate(value):
            raise ValueError(f'Expected {self.predicate} to be true for {value!r}')


class Component:
    name = String(minsize=3, maxsize=10, predicate=str.isupper)
    kind = OneOf('wood', 'metal', 'plastic')
    quantity = Number(minvalue=0)

    def __init__(self, name, kind, quantity):
        self.name = name
        self.kind = kind
        self.quantity = quantity


for args in (('Widget', 'metal', 5), ('WIDGET', 'metle', 5), ('WIDGET', 'metal', -5), ('WIDGET', 'metal', 'V')):
    try:
        Component(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', str(e).replace(repr(str.isupper), '<method str.isupper>'))
c = Component('WIDGET', 'metal', 5)
print(c.name, c.kind, c.quantity)


# Pure Python equivalents
class Property:
    "Emulate PyProperty_Type() in Objects/descrobject.c"

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None and fget is not None:
            doc = fget.__doc__
        self.__doc__ = doc
        self._name = ''

    def __set_name__(self, owner, name):
        self._name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.fget is None:
            raise AttributeError(f"property '{self._name}' has no getter")
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError(f"property '{self._name}' has no setter")
        self.fset(obj, value)

    def setter(self, fset):
        prop = type(self)(self.fget, fset, self.fdel, self.__doc__)
        prop._name = self._name
        return prop


class Cell:
    def __init__(self):
        self._v = 1

    @Property
    def value(self):
        "Recalculate the cell before returning value"
        return self._v * 10

    @value.setter
    def value(self, v):
        self._v = v


cell = Cell()
print(cell.value, Cell.value.__doc__, Cell.value._name)
cell.value = 4
print(cell.value)


class StaticMethod:
    "Emulate PyStaticMethod_Type() in Objects/funcobject.c"

    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        return self.f

    def __call__(self, *args, **kwds):
        return self.f(*args, **kwds)


class ClassMethod:
    "Emulate PyClassMethod_Type() in Objects/funcobject.c"

    def __init__(self, f):
        self.f = f

    def __get__(self, obj, cls=None):
        if cls is None:
            cls = type(obj)
        return lambda *args: self.f(cls, *args)


class E:
    @StaticMethod
    def f(x):
        return x * 10

    @ClassMethod
    def g(cls, x):
        return (cls.__name__, x)


class F(E):
    pass


print(E.f(3), E().f(3), E.g(1), F().g(2), F.g(3))


# Functions and methods: binding
class D:
    def f(self):
        return self


d = D()
print(D.f.__qualname__, type(D.__dict__['f']).__name__, type(d.f).__name__, d.f() is d,
      D.__dict__['f'].__get__(d, D)() is d, D.__dict__['f'].__get__(None, D) is D.f)


# __slots__ member objects
class Immutable:
    __slots__ = ('_dept', '_name')

    def __init__(self, dept, name):
        self._dept = dept
        self._name = name

    @property
    def dept(self):
        return self._dept

    @property
    def name(self):
        return self._name


mark = Immutable('Botany', 'Mark Watney')
print(mark.dept, mark.name, type(Immutable.__dict__['_name']).__name__)
try:
    mark.dept = 'Space Pirate'
except AttributeError as e:
    print('AttributeError:', e)
try:
    mark.location = 'Mars'
except AttributeError as e:
    print('AttributeError:', e)
