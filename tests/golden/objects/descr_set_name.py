# Tests __set_name__ being called with the owner class and attribute name at class creation.
class Field:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        print("  set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)


print("defining")


class Config:
    host = Field("localhost")
    port = Field(80)
    plain = 5


print("defined")
c = Config()
print(c.host, c.port)
c.port = 8080
print(c.port, vars(c))
print(Config.host.name, Config.port.private)


class Sub(Config):
    debug = Field(False)


s = Sub()
s.host = "example"
print(s.host, s.debug, s.port, vars(s))
f = Field(1)
print(hasattr(f, "name"))


class Late:
    pass


Late.x = f
print(hasattr(f, "name"))
f.__set_name__(Late, "x")
print(f.name, Late().x)
