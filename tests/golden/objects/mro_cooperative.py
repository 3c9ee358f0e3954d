# Tests cooperative super() through the MRO: every class's method runs once, in MRO order.
class Base:
    def __init__(self, **kw):
        print("  Base.__init__ leftover", sorted(kw))
    def save(self):
        return ["Base"]

class Timestamped(Base):
    def __init__(self, ts=0, **kw):
        print("  Timestamped.__init__", ts)
        self.ts = ts
        super().__init__(**kw)
    def save(self):
        return ["Timestamped"] + super().save()

class Named(Base):
    def __init__(self, name="", **kw):
        print("  Named.__init__", name)
        self.name = name
        super().__init__(**kw)
    def save(self):
        return ["Named"] + super().save()

class Record(Timestamped, Named):
    def __init__(self, **kw):
        print("  Record.__init__")
        super().__init__(**kw)
    def save(self):
        return ["Record"] + super().save()

r = Record(ts=5, name="r1", extra=1)
print(r.ts, r.name, r.save())
print([c.__name__ for c in Record.__mro__])

class Other(Named, Timestamped):
    pass

o = Other(name="o", ts=9)
print(o.save(), [c.__name__ for c in Other.mro()])

class Mixin:
    def describe(self):
        return "Mixin>" + super().describe()

class Core:
    def describe(self):
        return "Core"

class Mixed(Mixin, Core):
    pass

print(Mixed().describe())
try:
    Mixin().describe()
except AttributeError as e:
    print(type(e).__name__, e)
