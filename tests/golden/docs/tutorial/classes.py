# Tutorial chapter 9: Classes

# 9.2.1 Scopes and Namespaces Example
def scope_test():
    def do_local():
        spam = "local spam"

    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"

    def do_global():
        global spam
        spam = "global spam"

    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)

scope_test()
print("In global scope:", spam)

# 9.3.2 Class Objects
class MyClass:
    """A simple example class"""
    i = 12345

    def f(self):
        return 'hello world'

print(MyClass.i, MyClass.__doc__)
x = MyClass()
print(x.f(), MyClass.f(x))
xf = x.f
for _ in range(2):
    print(xf())

class Complex:
    def __init__(self, realpart, imagpart):
        self.r = realpart
        self.i = imagpart

x = Complex(3.0, -4.5)
print(x.r, x.i)

# 9.3.3 Instance Objects
x = MyClass()
x.counter = 1
while x.counter < 10:
    x.counter = x.counter * 2
print(x.counter)
del x.counter
print(hasattr(x, 'counter'))

# 9.3.5 Class and Instance Variables
class Dog:
    kind = 'canine'         # class variable shared by all instances

    def __init__(self, name):
        self.name = name    # instance variable unique to each instance

d = Dog('Fido')
e = Dog('Buddy')
print(d.kind, e.kind, d.name, e.name)

class BadDog:
    tricks = []             # mistaken use of a class variable

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)

d = BadDog('Fido')
e = BadDog('Buddy')
d.add_trick('roll over')
e.add_trick('play dead')
print(d.tricks)

class Dog:
    def __init__(self, name):
        self.name = name
        self.tricks = []    # creates a new empty list for each dog

    def add_trick(self, trick):
        self.tricks.append(trick)

d = Dog('Fido')
e = Dog('Buddy')
d.add_trick('roll over')
e.add_trick('play dead')
print(d.tricks, e.tricks)

class Warehouse:
    purpose = 'storage'
    region = 'west'

w1 = Warehouse()
print(w1.purpose, w1.region)
w2 = Warehouse()
w2.region = 'east'
print(w2.purpose, w2.region)

# 9.4 Random Remarks
def f1(self, x, y):
    return min(x, x+y)

class C:
    f = f1

    def g(self):
        return 'hello world'

    h = g

print(C().f(3, -1), C().h())

class Bag:
    def __init__(self):
        self.data = []

    def add(self, x):
        self.data.append(x)

    def addtwice(self, x):
        self.add(x)
        self.add(x)

b = Bag()
b.addtwice(7)
print(b.data, type(b).__name__, b.__class__.__name__)

# 9.5 Inheritance
class Base:
    def greet(self):
        return "Base.greet -> " + self.name()
    def name(self):
        return "Base"

class Derived(Base):
    def name(self):
        return "Derived"

print(Derived().greet())
print(isinstance(Derived(), Base), issubclass(bool, int), issubclass(float, int))

# 9.5.1 Multiple Inheritance
class Base1:
    def who(self): return "Base1"
class Base2:
    def who(self): return "Base2"
    def extra(self): return "Base2.extra"
class Base3(Base1):
    pass
class DerivedClassName(Base3, Base2):
    pass
print(DerivedClassName().who(), DerivedClassName().extra())
print([k.__name__ for k in DerivedClassName.__mro__])

# 9.6 Private Variables
class Mapping:
    def __init__(self, iterable):
        self.items_list = []
        self.__update(iterable)

    def update(self, iterable):
        for item in iterable:
            self.items_list.append(item)

    __update = update   # private copy of original update() method

class MappingSubclass(Mapping):

    def update(self, keys, values):
        # provides new signature for update()
        # but does not break __init__()
        for item in zip(keys, values):
            self.items_list.append(item)

m = MappingSubclass([1, 2])
m.update("ab", [3, 4])
print(m.items_list)
print(hasattr(m, '_Mapping__update'), hasattr(m, '__update'))
print(sorted(k for k in vars(Mapping) if 'update' in k))

# 9.7 Odds and Ends
from dataclasses import dataclass

@dataclass
class Employee:
    name: str
    dept: str
    salary: int

john = Employee('john', 'computer lab', 1000)
print(john.dept, john.salary)
print(john)

# 9.8 Iterators
for element in [1, 2, 3]:
    print(element)
for element in (1, 2, 3):
    print(element)
for key in {'one':1, 'two':2}:
    print(key)
for char in "123":
    print(char)
s = 'abc'
it = iter(s)
print(type(it).__name__)
print(next(it))
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))

class Reverse:
    """Iterator for looping over a sequence backwards."""
    def __init__(self, data):
        self.data = data
        self.index = len(data)

    def __iter__(self):
        return self

    def __next__(self):
        if self.index == 0:
            raise StopIteration
        self.index = self.index - 1
        return self.data[self.index]

rev = Reverse('spam')
print(iter(rev) is rev)
for char in rev:
    print(char)

# 9.9 Generators
def reverse(data):
    for index in range(len(data)-1, -1, -1):
        yield data[index]

for char in reverse('golf'):
    print(char)

# 9.10 Generator Expressions
print(sum(i*i for i in range(10)))
xvec = [10, 20, 30]
yvec = [7, 5, 3]
print(sum(x*y for x,y in zip(xvec, yvec)))
data = 'golf'
print(list(data[i] for i in range(len(data)-1, -1, -1)))
page = ["the quick brown fox", "jumps over the lazy dog"]
unique_words = set(word for line in page for word in line.split())
print(sorted(unique_words))
students = [(3.5, 'ann'), (3.9, 'bob'), (3.1, 'cid')]
valedictorian = max((student[0], student[1]) for student in students)
print(valedictorian)
