# Tests a user data descriptor (__get__ and __set__) beating the instance dict.
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            print("  class access via", owner.__name__)
            return self
        print("  get", self.name)
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        print("  set", self.name, repr(value))
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("  delete", self.name)
        obj.__dict__.pop(self.name, None)


class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age)
p.age = 31
print(p.age, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
p.__dict__["age"] = "sneaky"
print(p.age)
del p.age
print(p.age)
d = Person.name
print(type(d).__name__, d.name)
setattr(p, "name", "Bo")
print(getattr(p, "name"))
Person.age.__set__(p, 5)
print(Person.__dict__["age"].__get__(p, Person))
