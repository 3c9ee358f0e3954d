# Tests zero-argument super() in multi-level hierarchies: methods, __init__ chains, classmethods.
class Base:
    def __init__(self, name):
        print("  Base.__init__", name)
        self.name = name
        self.tags = ["base"]
    def greet(self):
        return f"hello from Base ({self.name})"
    def kind(self):
        return "base"
    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"


class Middle(Base):
    def __init__(self, name, level):
        print("  Middle.__init__", level)
        super().__init__(name)
        self.level = level
        self.tags.append("middle")
    def greet(self):
        return "Middle+" + super().greet()
    @classmethod
    def make(cls):
        return "Middle.make/" + super().make()


class Leaf(Middle):
    def __init__(self):
        print("  Leaf.__init__")
        super().__init__("leaf", 3)
        self.tags.append("leaf")
    def greet(self):
        return "Leaf+" + super().greet()
    def kind(self):
        return "leaf<" + super().kind() + ">"


x = Leaf()
print(x.name, x.level, x.tags)
print(x.greet())
print(x.kind())
print(Leaf.make(), Middle.make())
print(Middle("m", 1).greet())


class Repr(Leaf):
    def __repr__(self):
        return "Repr/" + str(super().__repr__().startswith("<__main__.Repr object at "))
    def __eq__(self, o):
        print("  Repr.__eq__")
        return super().__eq__(o)


r = Repr()
print(repr(r), r == r, r == 1)
