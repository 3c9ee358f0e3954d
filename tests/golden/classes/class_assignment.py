# Assigning __class__ and __dict__: the state pattern, CPython's layout checks and messages.


class Connection:
    def __init__(self):
        self.log = []
        self.state = "new"

    def open(self):
        self.log.append("open")
        self.__class__ = OpenConnection

    def read(self):
        raise RuntimeError("not open")

    def __repr__(self):
        return f"<{type(self).__name__} log={self.log}>"


class OpenConnection(Connection):
    def read(self):
        self.log.append("read")
        return "data"

    def close(self):
        self.__class__ = ClosedConnection


class ClosedConnection(Connection):
    pass


c = Connection()
try:
    c.read()
except RuntimeError as e:
    print("before open:", e)
c.open()
print(c.read(), c, isinstance(c, OpenConnection))
for _ in range(3):
    c.read()  # the method cache sees the new class
c.close()
print(c, type(c) is ClosedConnection, c.state)


class Slotted:
    __slots__ = ("a",)


class SlottedToo:
    __slots__ = ("a",)


class SlottedOther:
    __slots__ = ("b",)


s = Slotted()
s.a = 1
s.__class__ = SlottedToo
print(type(s).__name__, s.a)
for bad in (SlottedOther, int, Connection, 5):
    try:
        s.__class__ = bad
    except TypeError as e:
        print(e)
try:
    del s.__class__
except TypeError as e:
    print(e)


class E1(ValueError):
    pass


class E2(ValueError):
    def __str__(self):
        return "E2: " + super().__str__()


class E3(KeyError):
    pass


err = E1("boom")
err.__class__ = E2
print(repr(err), str(err), isinstance(err, E2))
try:
    err.__class__ = E3
except TypeError as e:
    print(e)
try:
    ValueError(1).__class__ = KeyError
except TypeError as e:
    print(e)
try:
    Connection.__class__ = type
except TypeError as e:
    print(e)

# __dict__: replaced, deleted, checked.
c2 = Connection()
c2.__dict__ = {"log": ["fresh"], "state": "swapped"}
print(c2, c2.state, vars(c2))
shared = {"log": [], "state": "shared"}
c3 = Connection()
c3.__dict__ = shared
shared["state"] = "changed"
print(c3.state)
del c3.__dict__
print(vars(c3))
try:
    c3.__dict__ = [1]
except TypeError as e:
    print(e)
err.__dict__ = {"code": 7}
print(err.code)
try:
    del err.__dict__
except TypeError as e:
    print(e)
try:
    Connection.__dict__ = {}
except AttributeError as e:
    print(e)
try:
    Connection.__mro__ = ()
except AttributeError as e:
    print(e)
Connection.__name__ = "Conn"
print(Connection.__name__, Connection.__qualname__)
try:
    Connection.__name__ = 3
except TypeError as e:
    print(e)
try:
    del Connection.__doc__
except TypeError as e:
    print(e)
print(c2)
Slotted().__class__ = object
