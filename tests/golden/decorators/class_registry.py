# Class decorators that register classes and add attributes and methods.
handlers = {}


def handles(*kinds):
    def decorate(cls):
        for k in kinds:
            handlers[k] = cls
        cls.kinds = kinds
        return cls
    return decorate


def with_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def numbered(cls):
    cls.serial = 0
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        cls.serial += 1
        self.number = cls.serial
        original_init(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls


@handles("png", "jpg")
@with_repr
class ImageFile:
    def __init__(self, name):
        self.name = name


@handles("txt")
@with_repr
@numbered
class TextFile:
    def __init__(self, name, encoding="utf-8"):
        self.name = name
        self.encoding = encoding


def open_file(name):
    ext = name.rsplit(".", 1)[-1]
    cls = handlers.get(ext)
    return cls(name) if cls else None


for n in ["a.png", "notes.txt", "b.jpg", "todo.txt", "song.mp3"]:
    print(n, open_file(n))
print({k: v.__name__ for k, v in handlers.items()})
print(ImageFile.kinds, TextFile.kinds, TextFile.serial)
print(TextFile("x.txt", encoding="latin-1"))
