# Cooperative multiple inheritance: mixins that chain through super() in __init__ and in a
# describe() method, the resulting MRO, and attribute lookup through it.
class Base:
    def __init__(self, **kwargs):
        self.log = ["Base"]
        if kwargs:
            self.log.append(f"leftover {sorted(kwargs)}")

    def describe(self):
        return ["base"]


class Timestamped(Base):
    def __init__(self, *, created=0, **kwargs):
        super().__init__(**kwargs)
        self.created = created
        self.log.append("Timestamped")

    def describe(self):
        return super().describe() + [f"created@{self.created}"]


class Tagged(Base):
    default_tags = ("new",)

    def __init__(self, *, tags=None, **kwargs):
        super().__init__(**kwargs)
        self.tags = list(tags or self.default_tags)
        self.log.append("Tagged")

    def describe(self):
        return super().describe() + ["tags=" + ",".join(self.tags)]


class Owned(Base):
    def __init__(self, *, owner="nobody", **kwargs):
        super().__init__(**kwargs)
        self.owner = owner
        self.log.append("Owned")

    def describe(self):
        return super().describe() + [f"owner={self.owner}"]


class Document(Timestamped, Tagged, Owned):
    default_tags = ("doc",)

    def __init__(self, title, **kwargs):
        self.title = title
        super().__init__(**kwargs)
        self.log.append("Document")

    def describe(self):
        return [self.title] + super().describe()


class Note(Tagged, Timestamped):
    pass


d = Document("spec", created=5, owner="ann", color="red")
print(d.log)
print(d.describe())
print([c.__name__ for c in Document.__mro__])
n = Note(tags=["todo", "x"], created=9)
print(n.log, n.describe())
print([c.__name__ for c in Note.__mro__], Note.default_tags, n.tags)
print(isinstance(d, Tagged), issubclass(Note, Owned), Document.describe is Note.describe)
print(super(Tagged, d).describe(), super(Timestamped, n).describe())
try:
    class Broken(Tagged, Document):
        pass
except TypeError as e:
    print("TypeError:", e)
