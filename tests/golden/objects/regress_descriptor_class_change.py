# Regression: a cached attribute read kept ignoring a descriptor whose own class gained
# __set__ or __get__ after the read was cached.
class D:
    pass


class C:
    x = D()


c = C()
c.__dict__["x"] = "own"


def read():
    return c.x


print(read())
D.__get__ = lambda self, obj, cls: "D.get"
D.__set__ = lambda self, obj, v: None
print(read())


class N:
    pass


class K:
    y = N()


k = K()


def ready():
    return type(k.y).__name__


print(ready())
N.__get__ = lambda self, obj, cls: "N.get"
print(ready())
