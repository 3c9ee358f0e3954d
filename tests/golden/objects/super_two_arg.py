# Tests the explicit two-argument form super(Class, self), including skipping a level.
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]

class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super(B, self).chain()

class C(B):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super(C, self).chain()
    def skip(self):
        return super(B, self).who()
    def parent(self):
        return super(C, self).who()

c = C()
print(c.who(), c.parent(), c.skip())
print(c.chain())
print(super(C, c).who(), super(B, c).who(), super(A, c).__class__.__name__)
print(super(C, c).chain())

class Init(C):
    def __init__(self, v):
        super(Init, self).__init__()
        self.v = v
    def who(self):
        return "Init>" + super(Init, self).who()

i = Init(5)
print(i.v, i.who(), i.chain(), i.skip())

class Cls:
    @classmethod
    def name(cls):
        return "Cls:" + cls.__name__

class SubCls(Cls):
    @classmethod
    def name(cls):
        return "Sub>" + super(SubCls, cls).name()

print(SubCls.name(), SubCls().name())
try:
    super(C, A()).who()
except TypeError as e:
    print(type(e).__name__, e)
